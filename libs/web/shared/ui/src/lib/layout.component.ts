import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { type TranslationKey, TranslatePipe } from '@brobygger/web/shared/i18n';
import { LanguageSwitchComponent } from './language-switch.component';

export interface NavigationLink {
  readonly path: string;
  readonly label: TranslationKey;
}

/**
 * The page frame in the DKFDS look: skip link, header, main landmark, footer. The shell tells it
 * who is signed in; it knows nothing about sessions itself.
 */
@Component({
  selector: 'bb-layout',
  imports: [RouterLink, TranslatePipe, LanguageSwitchComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a class="skipnav" href="#main-content">{{ 'app.skipToContent' | t }}</a>
    <header class="header">
      <div class="portal-header">
        <div class="container portal-header-inner">
          <a routerLink="/" class="brand" [attr.aria-label]="'app.name' | t">
            <span class="brand-name">{{ 'app.name' | t }}</span>
          </a>
          <div class="portal-header-tools">
            @if (signedInName() !== undefined) {
              <nav class="account-nav" [attr.aria-label]="'header.account' | t" data-testid="account-nav">
                @if (signedInName(); as name) {
                  @for (link of roleLinks(); track link.path) {
                    <a [routerLink]="link.path" class="account-link">{{ link.label | t }}</a>
                  }
                  <a routerLink="/min-side" class="account-link"
                    ><span class="sr-only">{{ 'header.myPage' | t }} </span>{{ name }}</a
                  >
                } @else {
                  <a routerLink="/log-ind" class="account-link">{{ 'header.signIn' | t }}</a>
                }
              </nav>
            }
            <bb-language-switch />
          </div>
        </div>
      </div>
      <div class="solution-header">
        <div class="container">
          <p class="solution-heading">{{ 'app.tagline' | t }}</p>
        </div>
      </div>
    </header>
    <main id="main-content" class="container page-content" tabindex="-1">
      <ng-content />
    </main>
    <footer>
      <div class="footer">
        <div class="container footer-inner">
          <p>{{ 'footer.municipality' | t }}</p>
          <a routerLink="/tilgaengelighedserklaering">{{ 'footer.accessibility' | t }}</a>
        </div>
      </div>
    </footer>
  `,
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      min-height: 100vh;
    }
    .portal-header-inner,
    .footer-inner {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 1.6rem;
      padding-block: 1.2rem;
    }
    .portal-header-tools {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 2.4rem;
    }
    .account-link {
      font-weight: 600;
    }
    .account-nav {
      display: flex;
      flex-wrap: wrap;
      gap: 1.6rem;
    }
    .brand {
      font-size: 2.4rem;
      font-weight: 600;
      text-decoration: none;
    }
    .solution-heading {
      margin-block: 0.8rem;
    }
    .page-content {
      flex: 1;
      padding-block: 3.2rem 4.8rem;
    }
    .page-content:focus {
      outline: none;
    }
  `,
})
export class LayoutComponent {
  /**
   * The signed-in account's name, null when signed out, undefined while that is not known yet (the
   * header then shows neither link rather than a "Log ind" that flips a moment later).
   */
  readonly signedInName = input<string | null | undefined>(undefined);
  /** The pages the signed-in account's roles open, shown beside its name. */
  readonly roleLinks = input<readonly NavigationLink[]>([]);
}
