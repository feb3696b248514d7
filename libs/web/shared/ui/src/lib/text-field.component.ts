import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { type FormControl, ReactiveFormsModule } from '@angular/forms';
import { FieldControlDirective, FormFieldComponent } from './form-field.component';

/**
 * A DKFDS text input with its label, an optional hint and its error message, tied together with
 * `for`, `aria-describedby` and `aria-invalid` so a screen reader reads them with the control.
 */
@Component({
  selector: 'bb-text-field',
  imports: [ReactiveFormsModule, FormFieldComponent, FieldControlDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <bb-form-field [controlId]="fieldId()" [label]="label()" [hint]="hint()" [error]="error()">
      <input
        class="form-input"
        bbFieldControl
        [name]="name()"
        [type]="type()"
        [formControl]="control()"
        [attr.autocomplete]="autocomplete()"
        [attr.dir]="type() === 'email' ? 'ltr' : null"
        [attr.spellcheck]="type() === 'text' ? null : 'false'"
        required
      />
    </bb-form-field>
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
}
