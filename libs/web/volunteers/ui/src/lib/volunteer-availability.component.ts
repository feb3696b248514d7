import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  inject,
  input,
  output,
  viewChild,
} from '@angular/core';
import { type FormControl, type FormGroup, ReactiveFormsModule } from '@angular/forms';
import { ErrorSummaryComponent, FieldControlDirective, FormFieldComponent } from '@brobygger/web/shared/ui';
import { type ShownProblem } from '@brobygger/web/shared/util-forms';
import { TranslatePipe, formatDanishDate, isoDateToDanish } from '@brobygger/web/shared/i18n';

/** What the panel shows of a volunteer (the API's `VolunteerAvailability` fragment has these). */
export interface VolunteerAvailability {
  readonly paused: boolean;
  readonly pausedUntil: string | null;
  readonly leftAt: string | null;
}

/**
 * On /frivillig for an approved volunteer: pause (until a date, or until they resume), resume, and
 * leave the programme after a confirmation. The page that uses it checks the date and calls the API.
 */
@Component({
  selector: 'bb-volunteer-availability',
  imports: [ReactiveFormsModule, TranslatePipe, ErrorSummaryComponent, FormFieldComponent, FieldControlDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let volunteer = availability();
    <section aria-labelledby="availability-heading" data-testid="availability">
      <h2 id="availability-heading" tabindex="-1" #heading>{{ 'followUp.availability.heading' | t }}</h2>
      <div aria-live="polite">
        @if (message(); as text) {
          <div class="alert alert-success" role="status" data-testid="availability-message">
            <div class="alert-body">
              <p class="alert-text">{{ text }}</p>
            </div>
          </div>
        }
      </div>
      <bb-error-summary formId="availability" [problems]="problems()" [version]="problemsVersion()" />
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
        <button type="button" class="button button-primary" [disabled]="sending()" (click)="resumeAsked.emit()">
          {{ 'followUp.availability.resume' | t }}
        </button>
      } @else {
        <p>{{ 'followUp.availability.intro' | t }}</p>
        <form class="availability-form" [formGroup]="form()" (ngSubmit)="pauseAsked.emit()" novalidate>
          <bb-form-field
            controlId="availability-until"
            [label]="'followUp.availability.until' | t"
            [hint]="'followUp.availability.untilHint' | t"
            [error]="untilProblem()"
          >
            <input
              class="form-input input-width-s"
              bbFieldControl
              formControlName="until"
              dir="ltr"
              autocomplete="off"
            />
          </bb-form-field>
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
        <button type="button" class="button button-primary" (click)="confirmLeave()">
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
  readonly availability = input.required<VolunteerAvailability>();
  /** The date to pause until (Danish format, empty for "until I resume"), owned by the page. */
  readonly form = input.required<FormGroup<{ until: FormControl<string> }>>();
  readonly problems = input.required<readonly ShownProblem[]>();
  readonly problemsVersion = input.required<number>();
  readonly sending = input(false);
  readonly message = input<string | null>(null);

  readonly pauseAsked = output<void>();
  readonly resumeAsked = output<void>();
  /** Emitted after the volunteer confirmed in the dialog. */
  readonly leaveAsked = output<void>();

  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly dialog = viewChild<ElementRef<HTMLDialogElement>>('leaveDialog');
  private readonly heading = viewChild<ElementRef<HTMLElement>>('heading');
  private leaving = false;

  protected readonly untilProblem = computed(
    () => this.problems().find((problem) => problem.field === 'until')?.message ?? null,
  );

  /** After leaving, the button that had focus is gone: the page moves focus to the heading. */
  focusHeading(): void {
    setTimeout(() => this.heading()?.nativeElement.focus());
  }

  protected danish(iso: string): string {
    return isoDateToDanish(iso);
  }

  protected danishDateTime(value: string): string {
    return formatDanishDate(value);
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
    if (!this.leaving) {
      setTimeout(() => this.host.nativeElement.querySelector<HTMLElement>('#availability-leave')?.focus());
    }
  }

  protected confirmLeave(): void {
    this.leaving = true;
    this.closeDialog();
    this.leaveAsked.emit();
  }
}
