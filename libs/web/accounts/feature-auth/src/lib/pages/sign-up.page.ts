import { ChangeDetectionStrategy, Component, ElementRef, inject, signal, viewChild } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { SignUpGQL } from '@brobygger/web/accounts/data-access';
import {
  ErrorSummaryComponent,
  FieldControlDirective,
  FormFieldComponent,
  TextFieldComponent,
} from '@brobygger/web/shared/ui';
import { toApiError, EMAIL_PATTERN, FormProblems, enumName } from '@brobygger/web/shared/util-forms';
import { I18nService, LANGUAGES, TranslatePipe, isLanguageCode } from '@brobygger/web/shared/i18n';
import { firstValueFrom } from 'rxjs';

const FIELDS = ['displayName', 'email', 'password', 'preferredLanguage'] as const;

/** /bliv-frivillig — a volunteer creates an account; the emailed link confirms the address. */
@Component({
  selector: 'bb-sign-up-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    TranslatePipe,
    ErrorSummaryComponent,
    TextFieldComponent,
    FormFieldComponent,
    FieldControlDirective,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="auth-page">
      @if (sentTo(); as email) {
        <h1 tabindex="-1" #sentHeading>{{ 'signUp.sentTitle' | t }}</h1>
        <div class="alert alert-success" role="status">
          <div class="alert-body">
            <p class="alert-text">{{ 'signUp.sentBody' | t: { email } }}</p>
          </div>
        </div>
        <p>
          <a routerLink="/log-ind">{{ 'auth.goToSignIn' | t }}</a>
        </p>
      } @else {
        <h1>{{ 'signUp.title' | t }}</h1>
        <p>{{ 'signUp.intro' | t }}</p>
        <bb-error-summary formId="sign-up" [problems]="problems.shown()" [version]="problems.version()" />
        <form [formGroup]="form" (ngSubmit)="submit()">
          <bb-text-field
            fieldId="sign-up-displayName"
            name="name"
            autocomplete="name"
            [label]="'signUp.displayName' | t"
            [control]="form.controls.displayName"
            [error]="problems.of('displayName')"
          />
          <bb-text-field
            fieldId="sign-up-email"
            name="email"
            type="email"
            autocomplete="email"
            [label]="'auth.email' | t"
            [control]="form.controls.email"
            [error]="problems.of('email')"
          />
          <bb-text-field
            fieldId="sign-up-password"
            name="new-password"
            type="password"
            autocomplete="new-password"
            [label]="'auth.password' | t"
            [hint]="'auth.passwordRule' | t"
            [control]="form.controls.password"
            [error]="problems.of('password')"
          />
          <bb-form-field
            controlId="sign-up-preferredLanguage"
            [label]="'signUp.language' | t"
            [error]="problems.of('preferredLanguage')"
          >
            <select bbFieldControl class="form-select" formControlName="preferredLanguage" autocomplete="language">
              @for (language of languages; track language.code) {
                <option [value]="language.code" [attr.lang]="language.code">{{ language.name }}</option>
              }
            </select>
          </bb-form-field>
          <button type="submit" class="button button-primary" [disabled]="problems.sending()">
            {{ (problems.sending() ? 'auth.sending' : 'signUp.submit') | t }}
          </button>
        </form>
        <p class="auth-links">
          {{ 'signUp.haveAccount' | t }} <a routerLink="/log-ind">{{ 'signIn.submit' | t }}</a>
        </p>
      }
    </div>
  `,
  styleUrl: '../shared/auth-page.scss',
})
export class SignUpPage {
  private readonly signUpGql = inject(SignUpGQL);
  private readonly i18n = inject(I18nService);
  protected readonly problems = new FormProblems(this.i18n);
  protected readonly languages = LANGUAGES;
  protected readonly sentTo = signal<string | null>(null);
  private readonly sentHeading = viewChild<ElementRef<HTMLElement>>('sentHeading');
  protected readonly form = inject(NonNullableFormBuilder).group({
    displayName: [''],
    email: [''],
    password: [''],
    // Emails in the language the visitor is reading the site in, unless they choose another.
    preferredLanguage: [this.i18n.language() as string],
  });

  protected async submit(): Promise<void> {
    if (this.problems.sending()) return;
    const { displayName, email, password, preferredLanguage } = this.form.getRawValue();
    const valid = this.problems.check([
      ['displayName', !displayName.trim(), 'auth.required.displayName'],
      ['email', !email.trim(), 'auth.required.email'],
      ['email', !EMAIL_PATTERN.test(email.trim()), 'auth.problem.email'],
      ['password', !password, 'auth.required.newPassword'],
      ['preferredLanguage', !isLanguageCode(preferredLanguage), 'auth.problem.language'],
    ]);
    if (!valid || !isLanguageCode(preferredLanguage)) return;
    const input = {
      displayName: displayName.trim(),
      email: email.trim(),
      password,
      preferredLanguage: enumName(preferredLanguage),
    };
    const sent = await this.problems.send(
      () => firstValueFrom(this.signUpGql.mutate({ variables: { input } })),
      FIELDS,
      toApiError,
    );
    if (sent) {
      this.sentTo.set(input.email);
      // The form is gone: put the focus on the new heading so the reader is not lost.
      setTimeout(() => this.sentHeading()?.nativeElement.focus());
    }
  }
}
