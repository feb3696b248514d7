import { ChangeDetectionStrategy, Component, Directive, computed, inject, input } from '@angular/core';
import { TranslatePipe } from '@brobygger/web/shared/i18n';

/**
 * One DKFDS form group around a projected control: the label, an optional hint and the error
 * message, in DKFDS order. The host element is the `.form-group`, so the control stays its direct
 * child (DKFDS draws the error border with `.form-error > .form-input`). Put `bbFieldControl` on the
 * control: it gets the id, `aria-invalid` and `aria-describedby` that tie it to the texts.
 *
 * ```html
 * <bb-form-field controlId="offer-title" [label]="'offerForm.title' | t" [error]="error('title')">
 *   <input class="form-input" bbFieldControl formControlName="title" required />
 * </bb-form-field>
 * ```
 */
@Component({
  selector: 'bb-form-field',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'form-group', '[class.form-error]': 'error()' },
  template: `
    <label class="form-label" [for]="controlId()">{{ label() }}</label>
    @if (hint(); as text) {
      <span class="form-hint" [id]="controlId() + '-hint'">{{ text }}</span>
    }
    @if (error(); as message) {
      <span class="form-error-message" [id]="controlId() + '-error'"
        ><span class="sr-only">{{ 'auth.errorPrefix' | t }} </span>{{ message }}</span
      >
    }
    <ng-content />
  `,
  styles: `
    :host {
      display: block;
    }
  `,
})
export class FormFieldComponent {
  /** The id of the projected control; the hint and the error get `<controlId>-hint` / `-error`. */
  readonly controlId = input.required<string>();
  readonly label = input.required<string>();
  readonly hint = input<string | null>(null);
  readonly error = input<string | null>(null);

  /** The ids of the texts shown now, for the control's `aria-describedby`. */
  readonly describedBy = computed(() =>
    [this.hint() ? `${this.controlId()}-hint` : null, this.error() ? `${this.controlId()}-error` : null].filter(
      (id) => id !== null,
    ),
  );
}

/** The control of a `bb-form-field`: its id and the ARIA attributes that point at the field's texts. */
@Directive({
  selector: '[bbFieldControl]',
  host: {
    '[id]': 'field.controlId()',
    '[attr.aria-invalid]': "field.error() ? 'true' : null",
    '[attr.aria-describedby]': 'describedBy()',
  },
})
export class FieldControlDirective {
  protected readonly field = inject(FormFieldComponent);
  /** Ids of other elements that describe the control too (a warning above the form), read first. */
  readonly alsoDescribedBy = input<string | null>(null);

  protected readonly describedBy = computed(
    () => [this.alsoDescribedBy(), ...this.field.describedBy()].filter(Boolean).join(' ') || null,
  );
}
