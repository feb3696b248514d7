import { ChangeDetectionStrategy, Component, type OnInit, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { ConfirmEmailGQL } from '@brobygger/web/accounts/data-access';
import { toApiError, type Problem, problemFromApi } from '@brobygger/web/shared/util-forms';
import { I18nService, TranslatePipe } from '@brobygger/web/shared/i18n';
import { firstValueFrom } from 'rxjs';

type State = { status: 'working' } | { status: 'confirmed' } | { status: 'failed'; problem: Problem };

/** /bekraeft-email?token=… — the link in the sign-up email lands here and confirms at once. */
@Component({
  selector: 'bb-confirm-email-page',
  imports: [RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="auth-page">
      <h1>{{ 'confirm.title' | t }}</h1>
      <div aria-live="polite" data-testid="confirm-result">
        @switch (state().status) {
          @case ('working') {
            <p>{{ 'confirm.working' | t }}</p>
          }
          @case ('confirmed') {
            <div class="alert alert-success">
              <div class="alert-body">
                <p class="alert-text">{{ 'confirm.success' | t }}</p>
              </div>
            </div>
            <p>
              <a routerLink="/log-ind" class="button button-primary">{{ 'auth.goToSignIn' | t }}</a>
            </p>
          }
          @case ('failed') {
            <div class="alert alert-error">
              <div class="alert-body">
                <p class="alert-heading">{{ 'confirm.failure' | t }}</p>
                <p class="alert-text">{{ failure() }}</p>
              </div>
            </div>
            <p>
              <a routerLink="/log-ind">{{ 'auth.goToSignIn' | t }}</a>
            </p>
          }
        }
      </div>
    </div>
  `,
  styleUrl: '../shared/auth-page.scss',
})
export class ConfirmEmailPage implements OnInit {
  /** `?token=` from the emailed link. */
  readonly token = input<string>();

  private readonly confirmEmailGql = inject(ConfirmEmailGQL);
  private readonly i18n = inject(I18nService);
  protected readonly state = signal<State>({ status: 'working' });

  async ngOnInit(): Promise<void> {
    const token = this.token()?.trim();
    if (!token) {
      this.state.set({ status: 'failed', problem: { field: null, key: 'auth.problem.tokenMissing' } });
      return;
    }
    try {
      await firstValueFrom(this.confirmEmailGql.mutate({ variables: { token } }));
      this.state.set({ status: 'confirmed' });
    } catch (error) {
      this.state.set({ status: 'failed', problem: problemFromApi(toApiError(error), []) });
    }
  }

  protected failure(): string {
    const state = this.state();
    if (state.status !== 'failed') return '';
    const { key, params, text } = state.problem;
    return key ? this.i18n.t(key, params) : (text ?? '');
  }
}
