import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { SessionStore } from '@brobygger/web/accounts/data-access';
import { ApiError } from '@brobygger/web/shared/util-forms';
import { SignInPage } from './sign-in.page';

async function render(signIn: jest.Mock) {
  localStorage.clear();
  TestBed.configureTestingModule({
    imports: [SignInPage],
    providers: [provideRouter([]), { provide: SessionStore, useValue: { signIn } }],
  });
  const fixture = TestBed.createComponent(SignInPage);
  document.body.appendChild(fixture.nativeElement);
  await fixture.whenStable();
  const page: HTMLElement = fixture.nativeElement;
  const fill = (id: string, value: string) => {
    const input = page.querySelector<HTMLInputElement>(`#${id}`) as HTMLInputElement;
    input.value = value;
    input.dispatchEvent(new Event('input'));
  };
  const submit = async () => {
    page.querySelector('form')?.dispatchEvent(new Event('submit'));
    await fixture.whenStable();
  };
  return { fixture, page, fill, submit };
}

describe('SignInPage', () => {
  it('has labelled controls with autocomplete for password managers', async () => {
    const { page } = await render(jest.fn());
    expect(page.querySelector('label[for="sign-in-email"]')?.textContent?.trim()).toBe('E-mailadresse');
    expect(page.querySelector('#sign-in-email')?.getAttribute('autocomplete')).toBe('username');
    expect(page.querySelector('#sign-in-password')?.getAttribute('autocomplete')).toBe('current-password');
  });

  it('asks for the missing fields without calling the API', async () => {
    const signIn = jest.fn();
    const { page, submit } = await render(signIn);
    await submit();
    expect(signIn).not.toHaveBeenCalled();
    expect(page.querySelector('[role="alert"]')?.textContent).toContain('Skriv din e-mailadresse');
    expect(page.querySelector('#sign-in-email')?.getAttribute('aria-invalid')).toBe('true');
    expect(page.querySelector('#sign-in-email')?.getAttribute('aria-describedby')).toBe('sign-in-email-error');
  });

  it('shows the translated API message for wrong credentials and moves focus to it', async () => {
    const signIn = jest.fn().mockRejectedValue(
      new ApiError('UNAUTHENTICATED', 'The email or the password is not right.', {
        reason: 'WRONG_CREDENTIALS',
      }),
    );
    const { page, fill, submit, fixture } = await render(signIn);
    fill('sign-in-email', 'frivillig@demo.brobygger.dk');
    fill('sign-in-password', 'forkert');
    await submit();
    await fixture.whenStable();
    expect(signIn).toHaveBeenCalledWith('frivillig@demo.brobygger.dk', 'forkert');
    const alert = page.querySelector<HTMLElement>('[role="alert"]');
    expect(alert?.textContent).toContain('E-mailadressen eller adgangskoden er ikke rigtig.');
    expect(document.activeElement).toBe(alert);
    fixture.destroy();
  });

  it('goes to the return URL after signing in, but never off the site', async () => {
    const signIn = jest.fn().mockResolvedValue({});
    const { fill, submit, fixture } = await render(signIn);
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    fixture.componentRef.setInput('returnUrl', '//evil.example');
    fill('sign-in-email', 'a@b.dk');
    fill('sign-in-password', 'secret');
    await submit();
    await fixture.whenStable();
    expect(navigate).toHaveBeenCalledWith('/min-side');
  });
});
