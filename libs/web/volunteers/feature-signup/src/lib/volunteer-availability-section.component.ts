import { ChangeDetectionStrategy, Component, computed, inject, signal, viewChild } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder } from '@angular/forms';
import { FormProblems, problemFromApi, toApiError } from '@brobygger/web/shared/util-forms';
import { I18nService, type TranslationKey, parseDanishDate } from '@brobygger/web/shared/i18n';
import {
  LeaveVolunteeringGQL,
  MyVolunteerAvailabilityGQL,
  PauseMyVolunteeringGQL,
  ResumeMyVolunteeringGQL,
  type VolunteerAvailabilityFragment,
  todayIso,
} from '@brobygger/web/volunteers/data-access';
import { VolunteerAvailabilityComponent } from '@brobygger/web/volunteers/ui';
import { firstValueFrom, map } from 'rxjs';

/**
 * The state behind `bb-volunteer-availability` on /frivillig: loads the volunteer's availability,
 * checks the pause date and sends pause, resume and leave. Matches in progress go on; the
 * coordinators are told.
 */
@Component({
  selector: 'bb-volunteer-availability-section',
  imports: [VolunteerAvailabilityComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (shown(); as volunteer) {
      <bb-volunteer-availability
        [availability]="volunteer"
        [form]="form"
        [problems]="problems.shown()"
        [problemsVersion]="problems.version()"
        [sending]="sending()"
        [message]="message()"
        (pauseAsked)="pause()"
        (resumeAsked)="resume()"
        (leaveAsked)="leave()"
      />
    }
  `,
})
export class VolunteerAvailabilitySectionComponent {
  private readonly i18n = inject(I18nService);
  private readonly formBuilder = inject(NonNullableFormBuilder);
  private readonly availabilityGql = inject(MyVolunteerAvailabilityGQL);
  private readonly pauseGql = inject(PauseMyVolunteeringGQL);
  private readonly resumeGql = inject(ResumeMyVolunteeringGQL);
  private readonly leaveGql = inject(LeaveVolunteeringGQL);
  private readonly view = viewChild(VolunteerAvailabilityComponent);

  protected readonly problems = new FormProblems(this.i18n);
  protected readonly sending = signal(false);
  protected readonly message = signal<string | null>(null);
  protected readonly form = this.formBuilder.group({ until: [''] });

  private readonly current = signal<VolunteerAvailabilityFragment | null>(null);
  protected readonly availability = rxResource({
    stream: () =>
      this.availabilityGql.fetch({ fetchPolicy: 'network-only' }).pipe(map((r) => r.data?.myVolunteerProfile ?? null)),
  });
  /** Only approved volunteers get proposals, so only they pause; someone who left sees that they did. */
  protected readonly shown = computed(() => {
    const volunteer = this.current() ?? this.availability.value() ?? null;
    return volunteer && (volunteer.status === 'APPROVED' || volunteer.leftAt) ? volunteer : null;
  });

  protected async pause(): Promise<void> {
    const text = this.form.controls.until.value.trim();
    const until = text ? parseDanishDate(text) : null;
    const limit = new Date(`${todayIso()}T00:00:00Z`);
    limit.setUTCFullYear(limit.getUTCFullYear() + 1);
    const checks: [string, boolean, TranslationKey][] = [
      ['until', text !== '' && !until, 'followUp.availability.problem.date'],
      ['until', !!until && until <= todayIso(), 'followUp.availability.problem.future'],
      ['until', !!until && until > limit.toISOString().slice(0, 10), 'followUp.availability.problem.tooFar'],
    ];
    if (!this.problems.check(checks)) return;
    await this.run(
      () => firstValueFrom(this.pauseGql.mutate({ variables: { until } })).then((r) => r.data?.pauseMyVolunteering),
      'followUp.availability.paused',
    );
    this.form.reset({ until: '' });
  }

  protected async resume(): Promise<void> {
    await this.run(
      () => firstValueFrom(this.resumeGql.mutate({})).then((r) => r.data?.resumeMyVolunteering),
      'followUp.availability.resumed',
    );
  }

  protected async leave(): Promise<void> {
    await this.run(
      () => firstValueFrom(this.leaveGql.mutate({})).then((r) => r.data?.leaveVolunteering),
      'followUp.availability.leftNow',
    );
    this.view()?.focusHeading();
  }

  private async run(
    request: () => Promise<VolunteerAvailabilityFragment | null | undefined>,
    done: TranslationKey,
  ): Promise<void> {
    if (this.sending()) return;
    this.sending.set(true);
    this.message.set(null);
    this.problems.clear();
    try {
      const updated = await request();
      if (updated) this.current.set(updated);
      this.message.set(this.i18n.t(done));
    } catch (error) {
      this.problems.show(problemFromApi(toApiError(error), ['until']));
    } finally {
      this.sending.set(false);
    }
  }
}
