import { type APIRequestContext, type Browser, expect, type Page, test } from '@playwright/test';

export const DEMO_PASSWORD = 'Frederikssund-demo-2026';
export const DEMO_COORDINATOR = 'koordinator@demo.brobygger.dk';
export const DEMO_ADMINISTRATOR = 'administrator@demo.brobygger.dk';

const SIGN_IN = `mutation SignIn($email: String!, $password: String!) {
  signIn(email: $email, password: $password) { id }
}`;

/** Every test starts as a first-time visitor, in Danish (call once at the top of a spec file). */
export function startAsFirstTimeVisitors(): void {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => {
      if (!sessionStorage.getItem('e2e-started')) {
        localStorage.clear();
        sessionStorage.setItem('e2e-started', '1');
      }
    });
  });
}

/** A GraphQL call that must succeed; the request context's cookies are its session. */
export async function graphql<T>(request: APIRequestContext, query: string, variables: object = {}): Promise<T> {
  const response = await request.post('/graphql', {
    headers: { 'content-type': 'application/json' },
    data: { query, variables },
  });
  expect(response.ok()).toBe(true);
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  expect(body.errors).toBeUndefined();
  return body.data as T;
}

/** Signs in through the API: a page whose `request` this is shares the session cookie. */
export async function signInAs(request: APIRequestContext, email: string, password = DEMO_PASSWORD): Promise<void> {
  await graphql(request, SIGN_IN, { email, password });
}

/** Signs in through the form, as a person does; `landsOn` is where the sign-in page sends them. */
export async function signInThroughForm(
  page: Page,
  email: string,
  password = DEMO_PASSWORD,
  landsOn = /\/min-side$/,
): Promise<void> {
  await page.goto('/log-ind');
  await page.getByLabel('E-mailadresse').fill(email);
  await page.getByLabel('Adgangskode', { exact: true }).fill(password);
  await page.getByLabel('Adgangskode', { exact: true }).press('Enter');
  await expect(page).toHaveURL(landsOn);
}

/** A second person at another computer: a browser context of its own, with its own session. */
export async function otherBrowser(browser: Browser, baseURL: string | undefined): Promise<Page> {
  const context = await browser.newContext({ baseURL, locale: 'da-DK', timezoneId: 'Europe/Copenhagen' });
  return context.newPage();
}

/** A Danish date (26.11.2026) `days` from today in Copenhagen. */
export function danishDay(days = 0): string {
  return new Intl.DateTimeFormat('da-DK', {
    timeZone: 'Europe/Copenhagen',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  })
    .format(new Date(Date.now() + days * 86_400_000))
    .replace(/\//g, '.');
}

/** A short suffix that keeps names and addresses apart between runs on one database. */
export function uniqueSuffix(): string {
  return `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}
