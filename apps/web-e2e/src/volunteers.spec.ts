import { type APIRequestContext, expect, type Page, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/a11y';

const DEMO_PASSWORD = 'Frederikssund-demo-2026';
const DEMO_ADMINISTRATOR = 'administrator@demo.brobygger.dk';

const SIGN_IN = `mutation SignIn($email: String!, $password: String!) {
  signIn(email: $email, password: $password) { id }
}`;

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

async function signInThroughForm(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/log-ind');
  await page.getByLabel('E-mailadresse').fill(email);
  await page.getByLabel('Adgangskode', { exact: true }).fill(password);
  await page.getByLabel('Adgangskode', { exact: true }).press('Enter');
  await expect(page).toHaveURL(/\/min-side$/);
}

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('e2e-started')) {
      localStorage.clear();
      sessionStorage.setItem('e2e-started', '1');
    }
  });
});

test('a new volunteer fills the profile wizard over two visits and applies', async ({ page, request }) => {
  // Sign-up, two sign-ins and three axe runs: more than the default 30 seconds.
  test.setTimeout(120_000);
  const email = `wizard-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.dk`;
  const password = 'Broen over fjorden 2026';

  await page.goto('/bliv-frivillig');
  await page.getByLabel('Dit navn').fill('Yasmin Frivillig');
  await page.getByLabel('E-mailadresse').fill(email);
  await page.getByLabel('Adgangskode', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Opret konto' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tjek din e-mail');
  await page.goto(await confirmationLinkFor(request, email));
  await expect(page.getByTestId('confirm-result')).toContainText('Din e-mailadresse er bekræftet');

  // First visit: steps 1 and 2, then save for later.
  await signInThroughForm(page, email, password);
  await page.getByRole('banner').getByRole('link', { name: 'Min ansøgning' }).click();
  await expect(page.getByTestId('volunteer-status')).toContainText('Du er ikke gået i gang endnu');
  await page.getByRole('link', { name: 'Udfyld din profil' }).click();
  await expect(page).toHaveTitle('Din frivilligprofil – Brobygger');
  await expect(page.getByRole('heading', { level: 2 })).toHaveText('Om dig');
  await page.getByLabel('Fornavn').fill('Yasmin');
  await page.getByLabel('Efternavn').fill('Testesen');
  await page.getByLabel('Fødselsår').fill('2020');
  await page.getByRole('button', { name: 'Gem og gå videre' }).click();
  await expect(page.getByRole('alert')).toContainText('Skriv et fødselsår som f.eks. 1985');
  await expect(page.getByLabel('Fødselsår')).toHaveAttribute('aria-invalid', 'true');
  await page.getByLabel('Fødselsår').fill('1990');
  await page.getByRole('button', { name: 'Gem og gå videre' }).click();
  await expect(page.getByRole('heading', { level: 2 })).toHaveText('Roller og sprog');
  await expect(page.getByRole('heading', { level: 2 })).toBeFocused();
  await page.getByLabel('Mentor', { exact: true }).check();
  await page.getByLabel('Arabisk').selectOption({ label: 'Modersmål' });
  await page.getByLabel('Dansk').selectOption({ label: 'Flydende' });
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Gem og fortsæt senere' }).click();
  await expect(page.getByTestId('wizard-saved')).toBeVisible();

  await page.goto('/min-side');
  await page.getByRole('button', { name: 'Log ud', exact: true }).click();
  await expect(page).toHaveURL(/\/log-ind$/);

  // Second visit: resumes at step 3 with what was saved.
  await signInThroughForm(page, email, password);
  await page.goto('/frivillig');
  await expect(page.getByTestId('volunteer-status')).toContainText('Kladde – ikke sendt');
  await page.getByRole('link', { name: 'Fortsæt din ansøgning' }).click();
  await expect(page.getByRole('heading', { level: 2 })).toHaveText('Interesser og område');
  await page.getByRole('button', { name: 'Tilbage' }).click();
  await expect(page.getByLabel('Mentor', { exact: true })).toBeChecked();
  await expect(page.getByLabel('Arabisk').locator('option:checked')).toHaveText('Modersmål');
  await page.getByRole('button', { name: 'Gem og gå videre' }).click();
  await page.getByLabel('By du bor i').selectOption({ label: 'Skibby' });
  await page.getByRole('button', { name: 'Gem og gå videre' }).click();
  await expect(page.getByRole('heading', { level: 2 })).toHaveText('Tid');
  await page.getByLabel('Tirsdag Aften').check();
  await page.getByLabel('Lørdag Formiddag').check();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Gem og gå videre' }).click();
  await page.getByLabel('Fortæl kort om dig selv').fill('Jeg kan lide at gå ture og hjælpe med dansk.');
  await page.getByRole('button', { name: 'Send ansøgning' }).click();

  await expect(page).toHaveURL(/\/frivillig$/);
  await expect(page.getByTestId('volunteer-status')).toContainText('Ansøgning sendt');
  await expectNoAxeViolations(page);
});

test('applying with a step left empty opens that step with the problem', async ({ page }) => {
  test.setTimeout(90_000);
  const email = `tom-${Date.now()}@example.dk`;
  await page.goto('/bliv-frivillig');
  await page.getByLabel('Dit navn').fill('Tom Tomsen');
  await page.getByLabel('E-mailadresse').fill(email);
  await page.getByLabel('Adgangskode', { exact: true }).fill('Broen over fjorden 2026');
  await page.getByRole('button', { name: 'Opret konto' }).click();
  await page.goto(await confirmationLinkFor(page.request, email));
  await expect(page.getByTestId('confirm-result')).toContainText('bekræftet');
  await signInThroughForm(page, email, 'Broen over fjorden 2026');
  await page.goto('/frivillig/profil');
  await page.getByLabel('Fornavn').fill('Tom');
  await page.getByLabel('Efternavn').fill('Tomsen');
  for (let i = 0; i < 4; i++) await page.getByRole('button', { name: 'Gem og gå videre' }).click();
  await expect(page.getByRole('heading', { level: 2 })).toHaveText('Kort præsentation');
  await page.getByRole('button', { name: 'Send ansøgning' }).click();
  await expect(page.getByRole('heading', { level: 2 })).toHaveText('Roller og sprog');
  const summary = page.getByRole('alert');
  await expect(summary).toContainText('Vælg mindst én rolle');
  await expect(summary).toContainText('Vælg mindst ét sprog, du taler');
  await expectNoAxeViolations(page);
});

test('the wizard reads right-to-left in Arabic and every step passes axe', async ({ page }) => {
  test.setTimeout(120_000);
  const email = `arabic-${Date.now()}@example.dk`;
  await page.goto('/bliv-frivillig');
  await page.getByLabel('Dit navn').fill('Layla Frivillig');
  await page.getByLabel('E-mailadresse').fill(email);
  await page.getByLabel('Adgangskode', { exact: true }).fill('Broen over fjorden 2026');
  await page.getByRole('button', { name: 'Opret konto' }).click();
  await page.goto(await confirmationLinkFor(page.request, email));
  await expect(page.getByTestId('confirm-result')).toContainText('bekræftet');
  await signInThroughForm(page, email, 'Broen over fjorden 2026');
  await page.goto('/frivillig/profil');
  await page.getByLabel('Fornavn').fill('Layla');
  await page.getByLabel('Efternavn').fill('Haddad');
  await page.getByLabel('Sprog').selectOption('ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');

  const steps = ['عنك', 'الأدوار واللغات', 'الاهتمامات والمنطقة', 'الوقت', 'تعريف قصير'];
  for (const [index, heading] of steps.entries()) {
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(heading);
    await expectNoAxeViolations(page);
    if (index < steps.length - 1) await page.getByRole('button', { name: 'احفظ وتابع', exact: true }).click();
  }
});
