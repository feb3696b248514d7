import { type APIRequestContext, expect, type Page, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/a11y';

const DEMO_PASSWORD = 'Frederikssund-demo-2026';
const REPRESENTATIVE = 'forening@demo.brobygger.dk';
const COORDINATOR = 'koordinator@demo.brobygger.dk';
const CLUB = 'Frederikssund Idrætsforening';

const SIGN_IN = `mutation SignIn($email: String!, $password: String!) {
  signIn(email: $email, password: $password) { id }
}`;

/** Today in Copenhagen, the Danish way: 27.11.2026. */
const today = new Intl.DateTimeFormat('da-DK', {
  timeZone: 'Europe/Copenhagen',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
})
  .format(new Date())
  .replace(/\//g, '.');
const year = Number(today.slice(-4));

/** Signs in through the page's own request context, so the browser gets the session cookie. */
async function signInAs(page: Page, email: string): Promise<void> {
  await page.context().clearCookies();
  const response = await page.request.post('/graphql', {
    headers: { 'content-type': 'application/json' },
    data: { query: SIGN_IN, variables: { email, password: DEMO_PASSWORD } },
  });
  expect(response.ok()).toBe(true);
  expect(((await response.json()) as { errors?: unknown }).errors).toBeUndefined();
}

async function graphql<T>(request: APIRequestContext, query: string, variables: Record<string, unknown> = {}) {
  const response = await request.post('/graphql', {
    headers: { 'content-type': 'application/json' },
    data: { query, variables },
  });
  const body = (await response.json()) as { data?: T; errors?: unknown };
  expect(body.errors).toBeUndefined();
  return body.data as T;
}

/** A published event of the demo club, made through the API as its representative; returns its title. */
async function publishClubEvent(page: Page): Promise<string> {
  const title = `Kulturcafé ${Date.now()}`;
  const { myAssociations } = await graphql<{ myAssociations: { id: string; locality: { id: string } }[] }>(
    page.request,
    '{ myAssociations { id locality { id } } }',
  );
  const [club] = myAssociations;
  const startsAt = new Date(Date.now() + 10 * 86_400_000);
  startsAt.setUTCHours(17, 0, 0, 0);
  const { createOffer } = await graphql<{ createOffer: { id: string } }>(
    page.request,
    'mutation ($input: CreateOfferInput!) { createOffer(input: $input) { id } }',
    {
      input: {
        associationId: club?.id,
        kind: 'EVENT',
        title,
        description: 'Kaffe, kage og snak på dansk.',
        localityId: club?.locality.id,
        capacity: 20,
        eventKind: 'CULTURE_CAFE',
        startsAt: startsAt.toISOString(),
        place: 'Klubhuset',
      },
    },
  );
  await graphql(page.request, `mutation { publishOffer(id: "${createOffer.id}") { id } }`);
  return title;
}

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('e2e-started')) {
      localStorage.clear();
      sessionStorage.setItem('e2e-started', '1');
    }
  });
});

// First, while the demo referral is still waiting: every page of the journey, in Danish and Arabic.
for (const language of ['da', 'ar'] as const) {
  test(`axe finds no WCAG 2.1 A/AA violations on the inbox, registrations and partnership pages in ${language}`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await page.addInitScript((code) => localStorage.setItem('brobygger.language', code), language);
    await signInAs(page, REPRESENTATIVE);
    const event = await publishClubEvent(page);

    await page.goto('/forening/henvisninger');
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    await expect(page.locator('[data-referral="Oleksandr"]')).toBeVisible();
    await expectNoAxeViolations(page);
    await page.locator('[id$="-decline"]').first().click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await expectNoAxeViolations(page);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toBeHidden();

    await page.goto('/forening');
    await expect(page.getByTestId('association-agreements')).toBeVisible();
    await page.getByTestId('association-offers').locator(`tr[data-offer="${event}"] a[href$="/tilmeldinger"]`).click();
    await expect(page.getByTestId('registration-seats')).toBeVisible();
    await expectNoAxeViolations(page);

    await signInAs(page, COORDINATOR);
    await page.goto('/koordinator/foreninger');
    await expect(page.getByTestId('partner-associations')).toBeVisible();
    await page.locator('tr[data-association="Skibby Bylaug"] button').first().click();
    await page.locator('#agreement-form-heading ~ form button[type="submit"]').click();
    await expect(page.getByRole('alert')).toBeFocused();
    await expectNoAxeViolations(page);
  });
}

test('a coordinator registers a partnership agreement and the association sees it', async ({ page }) => {
  await signInAs(page, COORDINATOR);
  await page.goto('/min-side');
  await page.getByRole('banner').getByRole('link', { name: 'Foreninger', exact: true }).click();
  await expect(page).toHaveURL(/\/koordinator\/foreninger$/);
  await expect(page).toHaveTitle('Foreninger og partnerskabsaftaler – Brobygger');
  const row = page.getByTestId('partner-associations').locator(`tr[data-association="${CLUB}"]`);
  await expect(row).toContainText('Ingen aftale');
  await expect(
    page.getByTestId('partner-associations').locator('tr[data-association="Slangerup Aftenskole"]'),
  ).toContainText('Gældende');

  await row.getByRole('button', { name: `Registrér aftale: ${CLUB}` }).click();
  await expect(page.getByRole('heading', { name: `Ny partnerskabsaftale med ${CLUB}` })).toBeFocused();
  await page.getByLabel('Startdato').fill(`01.01.${year}`);
  await page.getByLabel('Slutdato (valgfri)').fill(`31.12.${year - 1}`);
  await page.getByRole('button', { name: 'Gem aftale' }).click();
  const summary = page.getByRole('alert');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('Slutdatoen må ikke ligge før startdatoen');
  await expect(summary).toContainText('Beskriv, hvad aftalen dækker');
  await expect(page.getByLabel('Slutdato (valgfri)')).toHaveAttribute('aria-invalid', 'true');

  await page.getByLabel('Slutdato (valgfri)').fill(`31.12.${year + 1}`);
  await page.getByLabel('Omfang').fill('Prøvemedlemskaber i atletik for voksne og fritidspas til fodbold.');
  await page.getByLabel('Forpligtelser').fill('Klubben tager imod fire prøvemedlemmer pr. sæson.');
  await page.getByRole('button', { name: 'Gem aftale' }).click();
  await expect(page.getByTestId('agreement-message')).toHaveText(`Aftalen med ${CLUB} er registreret.`);
  await expect(row).toContainText(`Gældende: 01.01.${year}–31.12.${year + 1}`);

  await signInAs(page, REPRESENTATIVE);
  await page.goto('/forening');
  const agreements = page.getByTestId('association-agreements');
  await expect(agreements.getByRole('heading', { name: 'Partnerskabsaftale med kommunen' })).toBeVisible();
  await expect(agreements).toContainText(`Aftale 01.01.${year}–31.12.${year + 1}`);
  await expect(agreements).toContainText('Gældende');
  await expect(agreements).toContainText('Prøvemedlemskaber i atletik for voksne og fritidspas til fodbold.');
  await expect(agreements.getByRole('button')).toHaveCount(0);
});

test('the representative works a referral through accept, first session and outcome', async ({ page }) => {
  test.setTimeout(90_000);
  await signInAs(page, REPRESENTATIVE);
  await page.goto('/forening');
  await page.getByRole('link', { name: 'Henvisninger til foreningens tilbud' }).click();
  await expect(page).toHaveURL(/\/forening\/henvisninger/);
  await expect(page).toHaveTitle('Henvisninger – Brobygger');

  const card = page.locator('[data-referral="Oleksandr"]');
  await expect(card.getByRole('heading', { name: /^Oleksandr, \d+ år$/ })).toBeVisible();
  await expect(card).toContainText('Prøvemedlemskab: atletik for voksne');
  await expect(card).not.toContainText('Kovalenko');
  await expect(card.getByTestId('referral-status')).toHaveText('Venter på jeres svar');

  // Saying yes asks first; cancelling changes nothing.
  await card.getByRole('button', { name: 'Sig ja til Oleksandr' }).click();
  const dialog = page.getByRole('dialog', { name: 'Sig ja til henvisningen?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Annuller' }).click();
  await expect(dialog).toBeHidden();
  await expect(card.getByRole('button', { name: 'Sig ja til Oleksandr' })).toBeFocused();
  await card.getByRole('button', { name: 'Sig ja til Oleksandr' }).click();
  await dialog.getByRole('button', { name: 'Ja, sig ja' }).click();
  await expect(page.getByTestId('referral-message')).toContainText('Du har sagt ja til Oleksandr.');
  await expect(card.getByTestId('referral-status')).toHaveText('I har sagt ja');

  // The first session, in Danish date format.
  await card.getByLabel('Dato for første gang').fill('31.02.2026');
  await card.getByRole('button', { name: 'Bekræft første gang' }).click();
  await expect(card.getByRole('alert')).toContainText('Skriv datoen som dd.mm.åååå');
  await card.getByLabel('Dato for første gang').fill(today);
  await card.getByRole('button', { name: 'Bekræft første gang' }).click();
  await expect(page.getByTestId('referral-message')).toContainText(`Første gang for Oleksandr er sat til ${today}.`);
  await expect(card.getByTestId('referral-first-session')).toHaveText(today);

  // How it went: asked to choose, then asked to confirm.
  await card.getByRole('button', { name: 'Indberet resultat' }).click();
  await expect(card.getByRole('alert')).toContainText('Vælg hvordan det gik');
  await card.getByLabel('Blev medlem').check();
  await card.getByRole('button', { name: 'Indberet resultat' }).click();
  const report = page.getByRole('dialog', { name: 'Indberet resultatet?' });
  await expect(report).toContainText('»Blev medlem« for Oleksandr');
  await report.getByRole('button', { name: 'Ja, indberet' }).click();
  await expect(page.getByTestId('referral-message')).toContainText(
    'Resultatet for Oleksandr er indberettet: Blev medlem.',
  );
  await expect(page.getByTestId('referrals-empty')).toHaveText('Der er ingen åbne henvisninger lige nu.');

  await page.getByRole('link', { name: 'Afsluttede' }).click();
  await expect(page).toHaveURL(/vis=afsluttede/);
  await expect(card.getByTestId('referral-outcome')).toHaveText('Blev medlem');
  await expect(card.getByTestId('referral-status')).toHaveText('Gennemført');
});

test('an event’s registration list links to a calendar feed that answers text/calendar', async ({ page }) => {
  await signInAs(page, REPRESENTATIVE);
  const event = await publishClubEvent(page);
  await page.goto('/forening');
  const row = page.getByTestId('association-offers').locator(`tr[data-offer="${event}"]`);
  await row.getByRole('link', { name: `Tilmeldinger: ${event}` }).click();
  await expect(page).toHaveURL(/\/forening\/tilbud\/[0-9a-f-]+\/tilmeldinger$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Tilmeldinger: ${event}`);
  await expect(page.getByTestId('registration-seats')).toHaveText('0 af 20 pladser er taget – 20 ledige');
  await expect(page.getByTestId('registrations-empty')).toBeVisible();

  const link = page.getByRole('link', { name: 'Abonnér i kalender' });
  const href = await link.getAttribute('href');
  expect(href).toMatch(/^\/ical\/associations\/[0-9a-f-]+\.ics$/);
  // Public: no session needed, and nothing about the people registered.
  await page.context().clearCookies();
  const feed = await page.request.get(href ?? '');
  expect(feed.status()).toBe(200);
  expect(feed.headers()['content-type']).toBe('text/calendar; charset=utf-8');
  const body = await feed.text();
  expect(body.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
  expect(body.replace(/\r\n /g, '')).toContain(`SUMMARY:${event}`);
  expect(body).toContain('X-WR-CALNAME:Frederikssund Idrætsforening');
});
