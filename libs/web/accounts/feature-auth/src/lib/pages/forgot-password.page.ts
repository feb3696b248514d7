import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { RequestPasswordResetGQL } from '@brobygger/web/accounts/data-access';
import { ErrorSummaryComponent, TextFieldComponent } from '@brobygger/web/shared/ui';
import { toApiError, EMAIL_PATTERN, FormProblems } from '@brobygger/web/shared/util-forms';
import { I18nService, TranslatePipe } from '@brobygger/web/shared/i18n';
import { firstValueFrom } from 'rxjs';

/** /glemt-adgangskode — asks for a reset link; the answer is the same whether the email exists. */
@Component({
  selector: 'bb-forgot-password-page',
  imports: [ReactiveFormsModule, RouterLink, TranslatePipe, ErrorSummaryComponent, TextFieldComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="auth-page">
      <h1>{{ 'forgot.title' | t }}</h1>
      <div aria-live="polite">
        @if (sentTo(); as email) {
          <div class="alert alert-success">
            <div class="alert-body">
              <p class="alert-text">{{ 'forgot.sent' | t: { email } }}</p>
            </div>
          </div>
        }
      </div>
      @if (!sentTo()) {
        <p>{{ 'forgot.intro' | t }}</p>
        <bb-error-summary formId="forgot" [problems]="problems.shown()" [version]="problems.version()" />
        <form [formGroup]="form" (ngSubmit)="submit()">
          <bb-text-field
            fieldId="forgot-email"
            name="email"
            type="email"
            autocomplete="email"
            [label]="'auth.email' | t"
            [control]="form.controls.email"
            [error]="problems.of('email')"
          />
          <button type="submit" class="button button-primary" [disabled]="problems.sending()">
            {{ (problems.sending() ? 'auth.sending' : 'forgot.submit') | t }}
          </button>
        </form>
      }
      <p class="auth-links">
        <a routerLink="/log-ind">{{ 'auth.backToSignIn' | t }}</a>
      </p>
    </div>
  `,
  styleUrl: '../shared/auth-page.scss',
})
export class ForgotPasswordPage {
  private readonly requestPasswordResetGql = inject(RequestPasswordResetGQL);
  protected readonly problems = new FormProblems(inject(I18nService));
  protected readonly sentTo = signal<string | null>(null);
  protected readonly form = inject(NonNullableFormBuilder).group({ email: [''] });

  protected async submit(): Promise<void> {
    if (this.problems.sending()) return;
    const email = this.form.getRawValue().email.trim();
    const valid = this.problems.check([
      ['email', !email, 'auth.required.email'],
      ['email', !EMAIL_PATTERN.test(email), 'auth.problem.email'],
    ]);
    if (!valid) return;
    const sent = await this.problems.send(
      () => firstValueFrom(this.requestPasswordResetGql.mutate({ variables: { email } })),
      ['email'],
      toApiError,
    );
    if (sent) this.sentTo.set(email);
  }
}
