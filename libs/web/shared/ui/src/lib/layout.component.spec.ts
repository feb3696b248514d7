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
});
