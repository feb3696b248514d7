import { type APIRequestContext, expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/a11y';

const DEMO_PASSWORD = 'Frederikssund-demo-2026';
const DEMO_ADMINISTRATOR = 'administrator@demo.brobygger.dk';
const DEMO_VOLUNTEER = 'frivillig@demo.brobygger.dk';

const SIGN_IN = `mutation SignIn($email: String!, $password: String!) {
  signIn(email: $email, password: $password) { id }
}`;

/** Calls the API as a script would; Apollo's CSRF prevention wants the JSON content type. */
async function graphql<T>(request: APIRequestContext, query: string, variables: object = {}): Promise<T> {
  const response = await request.post('/graphql', {
    headers: { 'content-type': 'application/json' },
    data: { query, variables },
  });
  expect(response.ok()).toBe(true);
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  expect(body.errors).toBeUndefined();
  return body.data as T;
}

/** Reads the confirmation link sent to `email` from the demo outbox, as the demo administrator. */
async function confirmationLinkFor(request: APIRequestContext, email: string): Promise<string> {
  await graphql(request, SIGN_IN, { email: DEMO_ADMINISTRATOR, password: DEMO_PASSWORD });
  let link: string | undefined;
  await expect
    .poll(async () => {
      const { demoOutbox } = await graphql<{ demoOutbox: { recipient: string; body: string }[] }>(
        request,
        '{ demoOutbox { recipient body } }',
      );
      link = demoOutbox.find((mail) => mail.recipient === email)?.body.match(/\/bekraeft-email\?token=[^\s"<>]+/)?.[0];
      return link;
    })
    .toBeDefined();
  return link as string;
}

function uniqueEmail(): string {
  return `frivillig-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.dk`;
}

test.beforeEach(async ({ page }) => {
  // Each test starts as a first-time visitor, in Danish.
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('e2e-started')) {
      localStorage.clear();
      sessionStorage.setItem('e2e-started', '1');
    }
  });
});

test('a new volunteer signs up, confirms the email, signs in and signs out again', async ({ page, request }) => {
  const email = uniqueEmail();
  const name = 'Amira Testesen';
  const password = 'Broen over fjorden 2026';

  await page.goto('/bliv-frivillig');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bliv frivillig');
  await expect(page).toHaveTitle('Bliv frivillig – Brobygger');
  await expect(page.getByText('Mindst 10 tegn.')).toBeVisible();
  await page.getByLabel('Dit navn').fill(name);
  await page.getByLabel('E-mailadresse').fill(email);
  await page.getByLabel('Adgangskode', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Opret konto' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tjek din e-mail');
  await expect(page.getByRole('status')).toContainText(email);

  const link = await confirmationLinkFor(request, email);
  await page.goto(link);
  await expect(page.getByTestId('confirm-result')).toContainText('Din e-mailadresse er bekræftet');

  await page.getByRole('link', { name: 'Gå til log ind' }).click();
  await expect(page).toHaveURL(/\/log-ind$/);
  await page.getByLabel('E-mailadresse').fill(email);
  await page.getByLabel('Adgangskode', { exact: true }).fill(password);
  await page.getByLabel('Adgangskode', { exact: true }).press('Enter');

  await expect(page).toHaveURL(/\/min-side$/);
  const header = page.getByRole('banner');
  await expect(header.getByRole('link', { name })).toBeVisible();
  const account = page.getByTestId('account');
  await expect(account).toContainText(name);
  await expect(account).toContainText(email);
  await expect(account).toContainText('Frivillig');

  await page.getByRole('button', { name: 'Log ud', exact: true }).click();
  await expect(page).toHaveURL(/\/log-ind$/);
  await expect(page.getByRole('status')).toHaveText('Du er nu logget ud.');
  await expect(header.getByRole('link', { name: 'Log ind' })).toBeVisible();
  await expect(header.getByRole('link', { name })).toHaveCount(0);

  await page.goto('/min-side');
  await expect(page).toHaveURL(/\/log-ind\?returnUrl=%2Fmin-side$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Log ind');
});

test('a wrong password is shown and announced, and the visitor stays signed out', async ({ page }) => {
  await page.goto('/log-ind');
  const email = page.getByLabel('E-mailadresse');
  const password = page.getByLabel('Adgangskode', { exact: true });

  // An empty form is stopped in the browser, with a message at each control.
  await page.getByRole('button', { name: 'Log ind' }).click();
  const summary = page.getByRole('alert');
  await expect(summary).toContainText('Skriv din e-mailadresse');
  await expect(summary).toContainText('Skriv din adgangskode');
  await expect(summary).toBeFocused();
  await expect(email).toHaveAttribute('aria-invalid', 'true');
  await summary.getByRole('link', { name: 'Skriv din adgangskode' }).click();
  await expect(password).toBeFocused();

  await email.fill(DEMO_VOLUNTEER);
  await password.fill('ikke-den-rigtige-adgangskode');
  await password.press('Enter');
  await expect(summary).toHaveText(/E-mailadressen eller adgangskoden er ikke rigtig\./);
  await expect(summary).toBeFocused();
  await expect(password).toHaveValue('');

  await expect(page).toHaveURL(/\/log-ind$/);
  await expect(page.getByRole('banner').getByRole('link', { name: 'Log ind' })).toBeVisible();
  await page.goto('/min-side');
  await expect(page).toHaveURL(/\/log-ind\?returnUrl=/);
});

test('a volunteer cannot open the demo outbox', async ({ page }) => {
  // Signing in through the page's own request context gives the browser the session cookie.
  await graphql(page.request, SIGN_IN, { email: DEMO_VOLUNTEER, password: DEMO_PASSWORD });
  await page.goto('/admin/udbakke');
  await expect(page).toHaveURL(/\/ingen-adgang$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ingen adgang');
  await expect(page.getByTestId('outbox')).toHaveCount(0);
});

test('the administrator sees the demo outbox with Danish dates', async ({ page }) => {
  await graphql(page.request, 'mutation { requestPasswordReset(email: "forening@demo.brobygger.dk") }');
  await graphql(page.request, SIGN_IN, { email: DEMO_ADMINISTRATOR, password: DEMO_PASSWORD });
  await page.goto('/admin/udbakke');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Udbakke (demo)');
  const outbox = page.getByTestId('outbox');
  await expect(outbox).toContainText('forening@demo.brobygger.dk');
  await expect(outbox).toContainText(/\d{2}\.\d{2}\.\d{4} kl\. \d{2}\.\d{2}/);
  await expect(outbox.getByRole('link', { name: /\/nulstil-adgangskode\?token=/ }).first()).toBeVisible();
  await expectNoAxeViolations(page);
});

for (const language of ['da', 'ar'] as const) {
  for (const path of ['/log-ind', '/bliv-frivillig']) {
    test(`axe finds no WCAG 2.1 A/AA violations on ${path} in ${language}`, async ({ page }) => {
      await page.addInitScript((code) => localStorage.setItem('brobygger.language', code), language);
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('lang', language);
      await expect(page.getByTestId('account-nav')).toBeVisible();
      await expect(page.locator('form')).toBeVisible();
      await expectNoAxeViolations(page);
      // And with every field in error, the state a screen-reader user meets most.
      await page.locator('form').getByRole('button').click();
      await expect(page.getByRole('alert')).toBeFocused();
      await expectNoAxeViolations(page);
    });
  }
}
