import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { type FormControl, ReactiveFormsModule } from '@angular/forms';
import { TranslatePipe } from '@brobygger/web/shared/i18n';

/**
 * A DKFDS text input with its label, an optional hint and its error message, tied together with
 * `for`, `aria-describedby` and `aria-invalid` so a screen reader reads them with the control.
 */
@Component({
  selector: 'bb-text-field',
  imports: [ReactiveFormsModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="form-group" [class.form-error]="error()">
      <label class="form-label" [for]="fieldId()">{{ label() }}</label>
      @if (hint(); as hintText) {
        <span class="form-hint" [id]="fieldId() + '-hint'">{{ hintText }}</span>
      }
      @if (error(); as message) {
        <span class="form-error-message" [id]="fieldId() + '-error'"
          ><span class="sr-only">{{ 'auth.errorPrefix' | t }} </span>{{ message }}</span
        >
      }
      <input
        class="form-input"
        [id]="fieldId()"
        [name]="name()"
        [type]="type()"
        [formControl]="control()"
        [attr.autocomplete]="autocomplete()"
        [attr.dir]="type() === 'email' ? 'ltr' : null"
        [attr.aria-invalid]="error() ? 'true' : null"
        [attr.aria-describedby]="describedBy()"
        [attr.spellcheck]="type() === 'text' ? null : 'false'"
        required
      />
    </div>
  `,
  styles: `
    /* DKFDS spaces sibling .form-group elements; each one sits in its own host element here. */
    :host {
      display: block;
      margin-top: 2.4rem;
    }
    :host:first-child {
      margin-top: 0;
    }
  `,
})
export class TextFieldComponent {
  readonly fieldId = input.required<string>();
  readonly name = input.required<string>();
  readonly label = input.required<string>();
  readonly control = input.required<FormControl<string>>();
  readonly type = input<'text' | 'email' | 'password'>('text');
  readonly autocomplete = input.required<string>();
  readonly hint = input<string | null>(null);
  readonly error = input<string | null>(null);

  protected readonly describedBy = computed(
    () =>
      [this.hint() ? `${this.fieldId()}-hint` : null, this.error() ? `${this.fieldId()}-error` : null]
        .filter(Boolean)
        .join(' ') || null,
  );
}
