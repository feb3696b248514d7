import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { AcceptInvitationGQL, ResetPasswordGQL, type Role } from '@brobygger/web/accounts/data-access';
import { ErrorSummaryComponent, TextFieldComponent } from '@brobygger/web/shared/ui';
import { toApiError, FormProblems } from '@brobygger/web/shared/util-forms';
import { I18nService, TranslatePipe } from '@brobygger/web/shared/i18n';
import { firstValueFrom } from 'rxjs';

export type ChoosePasswordMode = 'reset' | 'invitation';

/** Where each invited role starts working once signed in. */
const HOME_OF: Partial<Record<Role, string>> = {
  ASSOCIATION_REPRESENTATIVE: '/forening',
  COORDINATOR: '/koordinator',
  ADMINISTRATOR: '/admin/brugere',
};

const TEXTS = {
  reset: { title: 'reset.title', intro: 'reset.intro', submit: 'reset.submit', success: 'reset.success' },
  invitation: {
    title: 'invitation.title',
    intro: 'invitation.intro',
    submit: 'invitation.submit',
    success: 'invitation.success',
  },
} as const;

/**
 * /nulstil-adgangskode?token=… and /invitation?token=… — both links from an email let the person
 * choose a password; only the words and the mutation differ (route data `mode`).
 */
@Component({
  selector: 'bb-choose-password-page',
  imports: [ReactiveFormsModule, RouterLink, TranslatePipe, ErrorSummaryComponent, TextFieldComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="auth-page">
      <h1>{{ texts().title | t }}</h1>
      <div aria-live="polite">
        @if (done()) {
          <div class="alert alert-success">
            <div class="alert-body">
              <p class="alert-text">{{ texts().success | t }}</p>
            </div>
          </div>
          @if (acceptedRole(); as role) {
            <p data-testid="invitation-next">
              {{
                (role === 'ASSOCIATION_REPRESENTATIVE'
                  ? 'onboarding.accepted.representative'
                  : 'onboarding.accepted.staff'
                ) | t
              }}
            </p>
          }
          <p>
            <a
              routerLink="/log-ind"
              [queryParams]="returnTo() ? { returnUrl: returnTo() } : {}"
              class="button button-primary"
              >{{ 'auth.goToSignIn' | t }}</a
            >
          </p>
        }
      </div>
      @if (!done()) {
        @if (!token()) {
          <div class="alert alert-error" role="alert">
            <div class="alert-body">
              <p class="alert-text">{{ 'auth.problem.tokenMissing' | t }}</p>
            </div>
          </div>
        } @else {
          <p>{{ texts().intro | t }}</p>
          <bb-error-summary formId="choose-password" [problems]="problems.shown()" [version]="problems.version()" />
          <form [formGroup]="form" (ngSubmit)="submit()">
            <bb-text-field
              fieldId="choose-password-password"
              name="new-password"
              type="password"
              autocomplete="new-password"
              [label]="'auth.newPassword' | t"
              [hint]="'auth.passwordRule' | t"
              [control]="form.controls.password"
              [error]="problems.of('password')"
            />
            <button type="submit" class="button button-primary" [disabled]="problems.sending()">
              {{ (problems.sending() ? 'auth.sending' : texts().submit) | t }}
            </button>
          </form>
        }
        @if (mode() === 'reset') {
          <p class="auth-links">
            <a routerLink="/glemt-adgangskode">{{ 'reset.newLink' | t }}</a>
          </p>
        }
      }
    </div>
  `,
  styleUrl: '../shared/auth-page.scss',
})
export class ChoosePasswordPage {
  /** From route data. */
  readonly mode = input<ChoosePasswordMode>('reset');
  /** `?token=` from the emailed link. */
  readonly token = input<string>();

  private readonly resetPasswordGql = inject(ResetPasswordGQL);
  private readonly acceptInvitationGql = inject(AcceptInvitationGQL);
  protected readonly problems = new FormProblems(inject(I18nService));
  protected readonly texts = computed(() => TEXTS[this.mode()]);
  protected readonly done = signal(false);
  /** The role an accepted invitation gave, so sign-in leads on to where that role works. */
  protected readonly acceptedRole = signal<Role | null>(null);
  protected readonly returnTo = computed(() => {
    const role = this.acceptedRole();
    return role ? (HOME_OF[role] ?? null) : null;
  });
  protected readonly form = inject(NonNullableFormBuilder).group({ password: [''] });

  protected async submit(): Promise<void> {
    const token = this.token()?.trim();
    if (this.problems.sending() || !token) return;
    const { password } = this.form.getRawValue();
    if (!this.problems.check([['password', !password, 'auth.required.newPassword']])) return;
    const variables = { token, password };
    const request = async (): Promise<void> => {
      if (this.mode() === 'invitation') {
        const response = await firstValueFrom(this.acceptInvitationGql.mutate({ variables }));
        this.acceptedRole.set(response.data?.acceptInvitation ?? null);
      } else {
        await firstValueFrom(this.resetPasswordGql.mutate({ variables }));
      }
    };
    const saved = await this.problems.send(request, ['password'], toApiError);
    if (saved) this.done.set(true);
  }
}
