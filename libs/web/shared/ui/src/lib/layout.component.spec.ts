import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { I18nService } from '@brobygger/web/shared/i18n';
import { LayoutComponent } from './layout.component';

describe('LayoutComponent', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({ imports: [LayoutComponent], providers: [provideRouter([])] });
  });

  it('has a skip link to the main landmark and the accessibility statement in the footer', async () => {
    const fixture = TestBed.createComponent(LayoutComponent);
    await fixture.whenStable();
    const page: HTMLElement = fixture.nativeElement;
    expect(page.querySelector('a.skipnav')?.getAttribute('href')).toBe('#main-content');
    expect(page.querySelector('main#main-content')).not.toBeNull();
    expect(page.querySelector('footer a')?.textContent?.trim()).toBe('Tilgængelighedserklæring');
  });

  it('re-renders its texts when the language changes', async () => {
    const fixture = TestBed.createComponent(LayoutComponent);
    await fixture.whenStable();
    TestBed.inject(I18nService).setLanguage('en');
    await fixture.whenStable();
    expect(fixture.nativeElement.querySelector('footer a')?.textContent?.trim()).toBe('Accessibility statement');
  });

  it('shows no account link until the session is known, then "Log ind" or the signed-in name', async () => {
    const fixture = TestBed.createComponent(LayoutComponent);
    await fixture.whenStable();
    const header = () => fixture.nativeElement.querySelector('header') as HTMLElement;
    expect(header().querySelector('[data-testid="account-nav"]')).toBeNull();

    fixture.componentRef.setInput('signedInName', null);
    await fixture.whenStable();
    const signIn = header().querySelector('nav a');
    expect(signIn?.textContent?.trim()).toBe('Log ind');
    expect(signIn?.getAttribute('href')).toBe('/log-ind');

    fixture.componentRef.setInput('signedInName', 'Freja Frivillig');
    await fixture.whenStable();
    const myPage = header().querySelector('nav a');
    expect(myPage?.textContent?.replace(/\s+/g, ' ').trim()).toBe('Min side: Freja Frivillig');
    expect(myPage?.getAttribute('href')).toBe('/min-side');
  });
});
