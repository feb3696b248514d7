import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@brobygger/web/shared/i18n';
import { LanguageSwitchComponent } from './language-switch.component';

/** The page frame in the DKFDS look: skip link, header, main landmark, footer. */
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
          <bb-language-switch />
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
export class LayoutComponent {}
