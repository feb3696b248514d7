import { ChangeDetectionStrategy, Component, ElementRef, computed, inject, signal, viewChild } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { toApiError } from '@brobygger/web/accounts/data-access';
import { ErrorSummaryComponent, FormProblems } from '@brobygger/web/accounts/feature-auth';
import {
  I18nService,
  type TranslationKey,
  TranslatePipe,
  formatDanishDate,
  isoDateToDanish,
  parseDanishDate,
} from '@brobygger/web/shared/i18n';
import {
  LeaveVolunteeringGQL,
  MyVolunteerAvailabilityGQL,
  PauseMyVolunteeringGQL,
  ResumeMyVolunteeringGQL,
  type VolunteerAvailabilityFragment,
} from '@brobygger/web/volunteers/data-access';
import { firstValueFrom, map } from 'rxjs';
import { noteProblemFromApi, todayIso } from './follow-up-problems';

/**
 * On /frivillig for an approved volunteer: pause (until a date, or until they resume), resume, and
 * leave the programme after a confirmation. Matches in progress go on; the coordinators are told.
 */
@Component({
  selector: 'bb-volunteer-availability',
  imports: [ReactiveFormsModule, TranslatePipe, ErrorSummaryComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (shown(); as volunteer) {
      <section aria-labelledby="availability-heading" data-testid="availability">
        <h2 id="availability-heading" tabindex="-1">{{ 'followUp.availability.heading' | t }}</h2>
        <div aria-live="polite">
          @if (message(); as text) {
            <div class="alert alert-success" role="status" data-testid="availability-message">
              <div class="alert-body">
                <p class="alert-text">{{ text }}</p>
              </div>
            </div>
          }
        </div>
        <bb-error-summary formId="availability" [problems]="problems.shown()" [version]="problems.version()" />
        @if (volunteer.leftAt) {
          <p data-testid="availability-state">
            {{ 'followUp.availability.left' | t: { date: danishDateTime(volunteer.leftAt) } }}
          </p>
        } @else if (volunteer.paused) {
          <p data-testid="availability-state">
            @if (volunteer.pausedUntil) {
              {{ 'followUp.availability.pausedUntil' | t: { date: danish(volunteer.pausedUntil) } }}
            } @else {
              {{ 'followUp.availability.pausedOpen' | t }}
            }
          </p>
          <button type="button" class="button button-primary" [disabled]="sending()" (click)="resume()">
            {{ 'followUp.availability.resume' | t }}
          </button>
        } @else {
          <p>{{ 'followUp.availability.intro' | t }}</p>
          <form class="availability-form" [formGroup]="form" (ngSubmit)="pause()" novalidate>
            <div class="form-group" [class.form-error]="problems.of('until')">
              <label class="form-label" for="availability-until">{{ 'followUp.availability.until' | t }}</label>
              <span class="form-hint" id="availability-until-hint">{{ 'followUp.availability.untilHint' | t }}</span>
              @if (problems.of('until'); as problem) {
                <span class="form-error-message" id="availability-until-error"
                  ><span class="sr-only">{{ 'auth.errorPrefix' | t }} </span>{{ problem }}</span
                >
              }
              <input
                class="form-input input-width-s"
                id="availability-until"
                formControlName="until"
                dir="ltr"
                autocomplete="off"
                [attr.aria-invalid]="problems.of('until') ? 'true' : null"
                [attr.aria-describedby]="
                  problems.of('until') ? 'availability-until-hint availability-until-error' : 'availability-until-hint'
                "
              />
            </div>
            <button type="submit" class="button button-secondary" [disabled]="sending()">
              {{ 'followUp.availability.pause' | t }}
            </button>
          </form>
        }
        @if (!volunteer.leftAt) {
          <p class="leave">
            <button type="button" class="button button-tertiary" id="availability-leave" (click)="askToLeave()">
              {{ 'followUp.availability.leave' | t }}
            </button>
          </p>
        }
      </section>
    }
    <dialog
      #leaveDialog
      aria-labelledby="leave-heading"
      aria-describedby="leave-body"
      (close)="dialogClosed()"
      data-testid="leave-dialog"
    >
      <h2 id="leave-heading" class="h3">{{ 'followUp.availability.confirm.title' | t }}</h2>
      <p id="leave-body">{{ 'followUp.availability.confirm.body' | t }}</p>
      <div class="form-actions">
        <button type="button" class="button button-primary" (click)="leave()">
          {{ 'followUp.availability.confirm.leave' | t }}
        </button>
        <button type="button" class="button button-secondary" (click)="closeDialog()">
          {{ 'followUp.availability.confirm.cancel' | t }}
        </button>
      </div>
    </dialog>
  `,
  styles: `
    section {
      margin-top: 4rem;
    }
    .availability-form > .button {
      margin-top: 2.4rem;
    }
    .leave {
      margin-top: 3.2rem;
    }
    bb-error-summary {
      display: block;
      margin-block: 2.4rem;
    }
    dialog {
      max-width: 48rem;
      padding: 2.4rem;
      border: 2px solid currentColor;
    }
    dialog::backdrop {
      background: rgb(0 0 0 / 40%);
    }
    .form-actions {
      display: flex;
      flex-wrap: wrap;
      gap: 1.6rem;
      margin-top: 2.4rem;
      .button {
        margin: 0;
      }
    }
  `,
})
export class VolunteerAvailabilityComponent {
  private readonly i18n = inject(I18nService);
  private readonly formBuilder = inject(NonNullableFormBuilder);
  private readonly availabilityGql = inject(MyVolunteerAvailabilityGQL);
  private readonly pauseGql = inject(PauseMyVolunteeringGQL);
  private readonly resumeGql = inject(ResumeMyVolunteeringGQL);
  private readonly leaveGql = inject(LeaveVolunteeringGQL);
  private readonly dialog = viewChild<ElementRef<HTMLDialogElement>>('leaveDialog');
  private leaving = false;

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
    return volunteer && (volunteer.status === 'approved' || volunteer.leftAt) ? volunteer : null;
  });

  protected danish(iso: string): string {
    return isoDateToDanish(iso);
  }

  protected danishDateTime(value: string): string {
    return formatDanishDate(value);
  }

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

  protected askToLeave(): void {
    this.leaving = false;
    this.dialog()?.nativeElement.showModal();
  }

  protected closeDialog(): void {
    this.dialog()?.nativeElement.close();
  }

  protected dialogClosed(): void {
    // Back to the button that opened it, unless the volunteer has just left (then it is gone).
    if (!this.leaving) setTimeout(() => document.getElementById('availability-leave')?.focus());
  }

  protected async leave(): Promise<void> {
    this.leaving = true;
    this.closeDialog();
    await this.run(
      () => firstValueFrom(this.leaveGql.mutate({})).then((r) => r.data?.leaveVolunteering),
      'followUp.availability.leftNow',
    );
    setTimeout(() => document.getElementById('availability-heading')?.focus());
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
      this.problems.show(noteProblemFromApi(toApiError(error), ['until']));
    } finally {
      this.sending.set(false);
    }
  }
}
