import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { SessionStore, safeReturnUrl } from '@brobygger/web/accounts/data-access';
import { ErrorSummaryComponent, TextFieldComponent } from '@brobygger/web/shared/ui';
import { toApiError, EMAIL_PATTERN, FormProblems } from '@brobygger/web/shared/util-forms';
import { I18nService, TranslatePipe } from '@brobygger/web/shared/i18n';

const FIELDS = ['email', 'password'] as const;

/** /log-ind — email and password; back to where the visitor came from afterwards. */
@Component({
  selector: 'bb-sign-in-page',
  imports: [ReactiveFormsModule, RouterLink, TranslatePipe, ErrorSummaryComponent, TextFieldComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="auth-page">
      <h1>{{ 'signIn.title' | t }}</h1>
      @if (signedOut) {
        <div class="alert alert-success" role="status">
          <div class="alert-body">
            <p class="alert-text">{{ 'signIn.signedOut' | t }}</p>
          </div>
        </div>
      }
      <p>{{ 'signIn.intro' | t }}</p>
      <bb-error-summary formId="sign-in" [problems]="problems.shown()" [version]="problems.version()" />
      <form [formGroup]="form" (ngSubmit)="submit()">
        <bb-text-field
          fieldId="sign-in-email"
          name="email"
          type="email"
          autocomplete="username"
          [label]="'auth.email' | t"
          [control]="form.controls.email"
          [error]="problems.of('email')"
        />
        <bb-text-field
          fieldId="sign-in-password"
          name="password"
          type="password"
          autocomplete="current-password"
          [label]="'auth.password' | t"
          [control]="form.controls.password"
          [error]="problems.of('password')"
        />
        <button type="submit" class="button button-primary" [disabled]="problems.sending()">
          {{ (problems.sending() ? 'auth.sending' : 'signIn.submit') | t }}
        </button>
      </form>
      <ul class="nobullet-list auth-links">
        <li>
          <a routerLink="/glemt-adgangskode">{{ 'signIn.forgot' | t }}</a>
        </li>
        <li>
          {{ 'signIn.noAccount' | t }} <a routerLink="/bliv-frivillig">{{ 'signIn.signUp' | t }}</a>
        </li>
      </ul>
    </div>
  `,
  styleUrl: '../shared/auth-page.scss',
})
export class SignInPage {
  /** `?returnUrl=` from a guard: where to go once signed in. */
  readonly returnUrl = input<string>();

  private readonly session = inject(SessionStore);
  private readonly router = inject(Router);
  protected readonly problems = new FormProblems(inject(I18nService));
  protected readonly signedOut = this.router.currentNavigation()?.extras.state?.['signedOut'] === true;
  protected readonly form = inject(NonNullableFormBuilder).group({ email: [''], password: [''] });

  protected async submit(): Promise<void> {
    if (this.problems.sending()) return;
    const { email, password } = this.form.getRawValue();
    const valid = this.problems.check([
      ['email', !email.trim(), 'auth.required.email'],
      ['email', !EMAIL_PATTERN.test(email.trim()), 'auth.problem.email'],
      ['password', !password, 'auth.required.password'],
    ]);
    if (!valid) return;
    const signedIn = await this.problems.send(() => this.session.signIn(email.trim(), password), FIELDS, toApiError);
    if (signedIn) {
      await this.router.navigateByUrl(safeReturnUrl(this.returnUrl()));
    } else {
      this.form.controls.password.reset();
    }
  }
}
