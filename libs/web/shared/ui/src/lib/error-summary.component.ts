import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  effect,
  inject,
  input,
  untracked,
} from '@angular/core';
import { TranslatePipe } from '@brobygger/web/shared/i18n';
import type { ShownProblem } from '@brobygger/web/shared/util-forms';

/**
 * The DKFDS error summary above a form. It takes focus whenever a submit finds problems, so a screen
 * reader reads it at once and a keyboard user can follow each link to the control.
 */
@Component({
  selector: 'bb-error-summary',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (problems().length > 0) {
      <div class="alert alert-error" role="alert" tabindex="-1" data-testid="error-summary">
        <div class="alert-body">
          <p class="alert-heading">{{ 'auth.errorSummary' | t }}</p>
          <ul class="nobullet-list alert-text">
            @for (problem of problems(); track $index) {
              <li>
                @if (problem.field) {
                  <a [href]="'#' + formId() + '-' + problem.field" (click)="focusControl($event, problem.field)">{{
                    problem.message
                  }}</a>
                } @else {
                  {{ problem.message }}
                }
              </li>
            }
          </ul>
        </div>
      </div>
    }
  `,
  styles: `
    .alert:focus {
      outline: 3px solid currentColor;
      outline-offset: 2px;
    }
  `,
})
export class ErrorSummaryComponent {
  readonly problems = input.required<readonly ShownProblem[]>();
  /** Controls have ids `<formId>-<field>`. */
  readonly formId = input.required<string>();
  /** A new value (a new submit) moves focus here; a language switch alone does not. */
  readonly version = input.required<number>();

  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  constructor() {
    effect(() => {
      this.version();
      if (untracked(this.problems).length === 0) return;
      afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>('[role="alert"]')?.focus(), {
        injector: this.injector,
      });
    });
  }

  /** A fragment link would make the router leave the page (base href is "/"), so focus directly. */
  protected focusControl(event: Event, field: string): void {
    event.preventDefault();
    this.host.nativeElement.ownerDocument.getElementById(`${this.formId()}-${field}`)?.focus();
  }
}
