import { ChangeDetectionStrategy, Component, ElementRef, inject, signal, viewChild } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { ErrorSummaryComponent, FieldControlDirective, FormFieldComponent } from '@brobygger/web/shared/ui';
import { toApiError, FormProblems, problemFromApi } from '@brobygger/web/shared/util-forms';
import {
  type CheckInOutcome,
  type DueCheckInFieldsFragment,
  DueCheckInsGQL,
  MatchMeetingLogGQL,
  RecordCheckInGQL,
} from '@brobygger/web/follow-up/data-access';
import { I18nService, type TranslationKey, TranslatePipe, isoDateToDanish } from '@brobygger/web/shared/i18n';
import { firstValueFrom, map, of } from 'rxjs';
import { FOLLOW_UP_NOTE_MAX_LENGTH } from '@brobygger/shared/rules';

const OUTCOMES: readonly CheckInOutcome[] = ['CONTINUES', 'COMPLETED', 'ENDED', 'BECAME_CLUB_MEMBER'];
const WINDOWS = [7, 30, 90] as const;
const NOTE_MAX = FOLLOW_UP_NOTE_MAX_LENGTH;
const FIELDS = ['outcome', 'note'];

/**
 * /koordinator/opfoelgning — check-ins due 1 and 3 months after a match became active (overdue
 * ones highlighted, the coordinator's own participants first), each with the volunteer's meeting
 * log and a short form for how it goes; an outcome that ends the match asks first.
 */
@Component({
  selector: 'bb-check-ins-page',
  imports: [ReactiveFormsModule, TranslatePipe, ErrorSummaryComponent, FormFieldComponent, FieldControlDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './check-ins.page.html',
  styleUrl: './check-ins.page.scss',
})
export class CheckInsPage {
  private readonly i18n = inject(I18nService);
  private readonly formBuilder = inject(NonNullableFormBuilder);
  private readonly dueGql = inject(DueCheckInsGQL);
  private readonly meetingLogGql = inject(MatchMeetingLogGQL);
  private readonly recordGql = inject(RecordCheckInGQL);
  private readonly dialog = viewChild<ElementRef<HTMLDialogElement>>('confirmDialog');

  protected readonly outcomes = OUTCOMES;
  protected readonly windows = WINDOWS;
  protected readonly noteMax = NOTE_MAX;
  protected readonly withinDays = signal<number>(7);
  protected readonly selected = signal<DueCheckInFieldsFragment | null>(null);
  protected readonly problems = new FormProblems(this.i18n);
  protected readonly sending = signal(false);
  protected readonly saved = signal<string | null>(null);

  protected readonly due = rxResource({
    params: () => this.withinDays(),
    stream: ({ params: withinDays }) =>
      this.dueGql
        .fetch({ variables: { withinDays }, fetchPolicy: 'network-only' })
        .pipe(map((r) => r.data?.dueCheckIns ?? [])),
  });
  protected readonly meetings = rxResource({
    params: () => this.selected()?.matchId,
    stream: ({ params: matchId }) =>
      matchId
        ? this.meetingLogGql
            .fetch({ variables: { matchId }, fetchPolicy: 'network-only' })
            .pipe(map((r) => r.data?.matchMeetingLog ?? []))
        : of([]),
  });

  protected readonly form = this.formBuilder.group({
    outcome: ['' as CheckInOutcome | ''],
    note: [''],
  });

  protected chooseWindow(event: Event): void {
    this.withinDays.set(Number((event.target as HTMLSelectElement).value));
  }

  protected windowLabel(days: (typeof WINDOWS)[number]): string {
    return this.i18n.t(`followUp.checkIns.window.${days}`);
  }

  protected kindLabel(kind: string): string {
    return this.i18n.t(`followUp.kind.${kind}` as TranslationKey);
  }

  protected milestoneLabel(months: number): string {
    return this.i18n.t(months === 1 ? 'followUp.checkIns.milestone.1' : 'followUp.checkIns.milestone.3');
  }

  protected outcomeLabel(outcome: CheckInOutcome | ''): string {
    return outcome ? this.i18n.t(`followUp.checkIns.outcome.${outcome}`) : '';
  }

  protected danish(iso: string | null | undefined): string {
    return isoDateToDanish(iso);
  }

  protected open(item: DueCheckInFieldsFragment): void {
    this.selected.set(item);
    this.saved.set(null);
    this.problems.clear();
    this.form.reset({ outcome: '', note: '' });
    setTimeout(() => document.getElementById('check-in-heading')?.focus());
  }

  protected cancel(): void {
    const item = this.selected();
    this.selected.set(null);
    this.problems.clear();
    if (item) setTimeout(() => document.getElementById(`record-${item.matchId}`)?.focus());
  }

  protected submit(): void {
    const value = this.form.getRawValue();
    const ok = this.problems.check([
      ['outcome', !value.outcome, 'followUp.checkIns.problem.outcome'],
      ['note', value.note.trim().length > NOTE_MAX, 'followUp.problem.noteLength'],
    ]);
    if (!ok) return;
    if (value.outcome !== 'CONTINUES') {
      this.dialog()?.nativeElement.showModal();
      return;
    }
    void this.record();
  }

  protected cancelConfirm(): void {
    this.dialog()?.nativeElement.close();
    setTimeout(() => document.getElementById('check-in-submit')?.focus());
  }

  protected confirmEnd(): void {
    this.dialog()?.nativeElement.close();
    void this.record();
  }

  private async record(): Promise<void> {
    const item = this.selected();
    const { outcome, note } = this.form.getRawValue();
    if (!item || !outcome || this.sending()) return;
    this.sending.set(true);
    try {
      const result = await firstValueFrom(
        this.recordGql.mutate({
          variables: {
            input: { matchId: item.matchId, milestoneMonths: item.milestoneMonths, outcome, note: note.trim() },
          },
        }),
      );
      const ended = result.data?.recordCheckIn.matchStatus !== 'ACTIVE';
      this.saved.set(
        this.i18n.t(ended ? 'followUp.checkIns.form.savedEnded' : 'followUp.checkIns.form.saved', {
          name: item.participantName,
        }),
      );
      this.selected.set(null);
      this.due.reload();
      setTimeout(() => document.getElementById('check-ins-saved')?.focus());
    } catch (error) {
      this.problems.show(problemFromApi(toApiError(error), FIELDS));
    } finally {
      this.sending.set(false);
    }
  }
}
