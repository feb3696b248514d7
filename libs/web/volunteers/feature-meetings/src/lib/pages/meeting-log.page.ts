import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { ErrorSummaryComponent, FieldControlDirective, FormFieldComponent } from '@brobygger/web/shared/ui';
import { toApiError, FormProblems, problemFromApi } from '@brobygger/web/shared/util-forms';
import {
  I18nService,
  type TranslationKey,
  TranslatePipe,
  isoDateToDanish,
  parseDanishDate,
} from '@brobygger/web/shared/i18n';
import {
  LogMeetingGQL,
  type MyMeetingLogQuery,
  MyMeetingLogGQL,
  todayIso,
} from '@brobygger/web/volunteers/data-access';
import { catchError, firstValueFrom, map, of } from 'rxjs';
import { FOLLOW_UP_NOTE_MAX_LENGTH, MEETING_MINUTES } from '@brobygger/shared/rules';

type MeetingLog = MyMeetingLogQuery['myMeetingLog'];
type Loaded = { log: MeetingLog } | { missing: true };

const FIELDS = ['metOn', 'durationMinutes', 'note'] as const;
const NOTE_MAX = FOLLOW_UP_NOTE_MAX_LENGTH;

/**
 * /frivillig/forloeb/:matchId — the volunteer's meeting log for one of their matches: the meetings
 * so far, and (while the match is active) a short form to log one, with a reminder to keep the
 * note free of sensitive information.
 */
@Component({
  selector: 'bb-meeting-log-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    TranslatePipe,
    ErrorSummaryComponent,
    FormFieldComponent,
    FieldControlDirective,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './meeting-log.page.html',
  styleUrl: './meeting-log.page.scss',
})
export class MeetingLogPage {
  readonly matchId = input.required<string>();

  private readonly i18n = inject(I18nService);
  private readonly formBuilder = inject(NonNullableFormBuilder);
  private readonly logGql = inject(MyMeetingLogGQL);
  private readonly logMeetingGql = inject(LogMeetingGQL);

  protected readonly noteMax = NOTE_MAX;
  protected readonly problems = new FormProblems(this.i18n);
  protected readonly sending = signal(false);
  protected readonly saved = signal<string | null>(null);

  protected readonly loaded = rxResource<Loaded, string>({
    params: () => this.matchId(),
    stream: ({ params: matchId }) =>
      this.logGql.fetch({ variables: { matchId }, fetchPolicy: 'network-only' }).pipe(
        map((r): Loaded => ({ log: r.data?.myMeetingLog as MeetingLog })),
        // Not theirs or not there: the same answer, so nothing is given away.
        catchError((error: unknown) => {
          const code = toApiError(error).code;
          if (code === 'FORBIDDEN' || code === 'NOT_FOUND' || code === 'BAD_USER_INPUT')
            return of({ missing: true as const });
          throw error;
        }),
      ),
  });
  protected readonly log = computed(() => {
    const value = this.loaded.value();
    return value && 'log' in value ? value.log : null;
  });
  protected readonly missing = computed(() => {
    const value = this.loaded.value();
    return !!value && 'missing' in value;
  });
  protected readonly totalMinutes = computed(() =>
    (this.log()?.meetings ?? []).reduce((sum, meeting) => sum + meeting.durationMinutes, 0),
  );

  protected readonly form = this.formBuilder.group({
    metOn: [isoDateToDanish(todayIso())],
    durationMinutes: [''],
    note: [''],
  });

  protected kindLabel(kind: string): string {
    return this.i18n.t(`followUp.kind.${kind}` as TranslationKey);
  }

  protected danish(iso: string | null | undefined): string {
    return isoDateToDanish(iso);
  }

  protected async save(): Promise<void> {
    const log = this.log();
    if (!log || this.sending()) return;
    this.saved.set(null);
    const value = this.form.getRawValue();
    const metOn = parseDanishDate(value.metOn);
    const minutesText = value.durationMinutes.trim();
    const minutes = /^\d{1,3}$/.test(minutesText) ? Number(minutesText) : NaN;
    const note = value.note.trim();
    const checks: [string, boolean, TranslationKey][] = [
      ['metOn', !metOn, 'followUp.meetings.problem.date'],
      ['metOn', !!metOn && metOn > todayIso(), 'followUp.meetings.problem.future'],
      [
        'durationMinutes',
        !(minutes >= MEETING_MINUTES.min && minutes <= MEETING_MINUTES.max),
        'followUp.meetings.problem.duration',
      ],
      ['note', note.length > NOTE_MAX, 'followUp.problem.noteLength'],
    ];
    if (!this.problems.check(checks)) return;
    if (log.activeSince && metOn && metOn < log.activeSince) {
      this.problems.show({
        field: 'metOn',
        key: 'followUp.meetings.problem.beforeStart',
        params: { date: isoDateToDanish(log.activeSince) },
      });
      return;
    }
    this.sending.set(true);
    try {
      await firstValueFrom(
        this.logMeetingGql.mutate({
          variables: { input: { matchId: log.matchId, metOn: metOn as string, durationMinutes: minutes, note } },
        }),
      );
      this.saved.set(this.i18n.t('followUp.meetings.add.saved', { date: isoDateToDanish(metOn) }));
      this.form.reset({ metOn: isoDateToDanish(todayIso()), durationMinutes: '', note: '' });
      this.loaded.reload();
    } catch (error) {
      this.problems.show(problemFromApi(toApiError(error), FIELDS));
    } finally {
      this.sending.set(false);
    }
  }
}
