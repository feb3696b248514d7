import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { SIGN_IN_PATH, SessionStore } from '@brobygger/web/accounts/data-access';
import { toApiError, type Problem, problemFromApi } from '@brobygger/web/shared/util-forms';
import { I18nService, TranslatePipe } from '@brobygger/web/shared/i18n';

/** /min-side — the signed-in account, and signing out here or everywhere. */
@Component({
  selector: 'bb-my-page',
  imports: [RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="auth-page">
      <h1>{{ 'myPage.title' | t }}</h1>
      @if (session.account(); as account) {
        <dl class="account-facts" data-testid="account">
          <dt>{{ 'myPage.name' | t }}</dt>
          <dd>{{ account.displayName }}</dd>
          <dt>{{ 'myPage.email' | t }}</dt>
          <dd dir="ltr">{{ account.email }}</dd>
          <dt>{{ 'myPage.roles' | t }}</dt>
          <dd>{{ roleNames() }}</dd>
        </dl>
        @if (isVolunteer()) {
          <p>
            <a routerLink="/frivillig">{{ 'header.volunteer' | t }}</a>
          </p>
        }
        @if (isAssociationRepresentative()) {
          <p>
            <a routerLink="/forening">{{ 'header.association' | t }}</a>
          </p>
        }
        @if (isAdministrator()) {
          <p>
            <a routerLink="/admin/udbakke">{{ 'myPage.outbox' | t }}</a>
          </p>
        }
      }
      <div aria-live="assertive">
        @if (problem(); as shown) {
          <div class="alert alert-error">
            <div class="alert-body">
              <p class="alert-text">{{ describe(shown) }}</p>
            </div>
          </div>
        }
      </div>
      <div class="sign-out">
        <button type="button" class="button button-primary" [disabled]="sending()" (click)="signOut(false)">
          {{ 'myPage.signOut' | t }}
        </button>
        <div>
          <button
            type="button"
            class="button button-secondary"
            aria-describedby="sign-out-everywhere-hint"
            [disabled]="sending()"
            (click)="signOut(true)"
          >
            {{ 'myPage.signOutEverywhere' | t }}
          </button>
          <p id="sign-out-everywhere-hint" class="form-hint">{{ 'myPage.signOutEverywhereHint' | t }}</p>
        </div>
      </div>
    </div>
  `,
  styleUrl: '../shared/auth-page.scss',
  styles: `
    .account-facts dt {
      font-weight: 600;
    }
    .account-facts dd {
      margin: 0 0 1.6rem;
    }
    .sign-out {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-start;
      gap: 1.6rem;
      margin-top: 3.2rem;
    }
    .sign-out .button {
      margin: 0;
    }
  `,
})
export class MyPage {
  protected readonly session = inject(SessionStore);
  private readonly router = inject(Router);
  private readonly i18n = inject(I18nService);
  protected readonly sending = signal(false);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly isVolunteer = computed(() => this.session.roles().includes('VOLUNTEER'));
  protected readonly isAssociationRepresentative = computed(() =>
    this.session.roles().includes('ASSOCIATION_REPRESENTATIVE'),
  );
  protected readonly isAdministrator = computed(() => this.session.roles().includes('ADMINISTRATOR'));
  protected readonly roleNames = computed(() =>
    this.session
      .roles()
      .map((role) => this.i18n.t(`role.${role}`))
      .join(', '),
  );

  protected async signOut(everywhere: boolean): Promise<void> {
    this.sending.set(true);
    this.problem.set(null);
    try {
      await (everywhere ? this.session.signOutEverywhere() : this.session.signOut());
      await this.router.navigateByUrl(SIGN_IN_PATH, { state: { signedOut: true } });
    } catch (error) {
      this.problem.set(problemFromApi(toApiError(error), []));
    } finally {
      this.sending.set(false);
    }
  }

  protected describe(problem: Problem): string {
    return problem.key ? this.i18n.t(problem.key, problem.params) : (problem.text ?? '');
  }
}
