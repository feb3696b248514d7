import { type APIRequestContext, expect, type Page, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/a11y';
import { DEMO_COORDINATOR, DEMO_PASSWORD, otherBrowser } from './support/session';

// Mette Hansen mentors Rahel in the demo: active for five weeks, so the 1-month check-in is overdue.
const DEMO_VOLUNTEER = 'frivillig@demo.brobygger.dk';

async function signInThroughForm(page: Page, email: string): Promise<void> {
  await page.goto('/log-ind');
  await page.getByLabel('E-mailadresse').fill(email);
  await page.getByLabel('Adgangskode', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByLabel('Adgangskode', { exact: true }).press('Enter');
  await expect(page).toHaveURL(/\/min-side$/);
}

/** The demo mentorship's id, as the volunteer's own list of matches gives it. */
async function rahelsMatchId(request: APIRequestContext): Promise<string> {
  const response = await request.post('/graphql', {
    headers: { 'content-type': 'application/json' },
    data: { query: '{ myMatches { id status participantFirstName } }' },
  });
  const body = (await response.json()) as {
    data?: { myMatches: { id: string; status: string; participantFirstName: string }[] };
  };
  const match = body.data?.myMatches.find((m) => m.participantFirstName === 'Rahel' && m.status === 'ACTIVE');
  expect(match).toBeDefined();
  return match?.id ?? '';
}

/** A Danish date (26.11.2026) `days` from today in Copenhagen. */
function danishDay(days: number): string {
  return new Intl.DateTimeFormat('da-DK', {
    timeZone: 'Europe/Copenhagen',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).format(new Date(Date.now() + days * 86_400_000));
}

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('e2e-started')) {
      localStorage.clear();
      sessionStorage.setItem('e2e-started', '1');
    }
  });
});

test('the volunteer logs a meeting and pauses and resumes; the coordinator records the 1-month check-in and sees the meeting', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const note = `Vi gik en tur ved fjorden og øvede dansk (${Date.now().toString(36)}).`;

  // Mette opens the meeting log of her mentorship with Rahel.
  await signInThroughForm(page, DEMO_VOLUNTEER);
  const matchId = await rahelsMatchId(page.request);
  await page.goto(`/frivillig/forloeb/${matchId}`);
  await expect(page).toHaveTitle('Mødelog – Brobygger');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mødelog: forløb med Rahel');
  await expect(page.getByText('Mentor · aktiv siden')).toContainText(danishDay(-35));
  await expect(page.getByTestId('meetings')).toContainText('Gåtur ved fjorden og snak om indkøb på dansk.');
  await expect(page.getByText('Skriv ikke om helbred, religion')).toBeVisible();
  await expectNoAxeViolations(page);

  // Mistakes are named at the field, and the summary takes focus.
  await page.getByLabel('Dato').fill(danishDay(2));
  await page.getByLabel('Varighed i minutter').fill('0');
  await page.getByRole('button', { name: 'Gem møde' }).click();
  const summary = page.getByTestId('error-summary');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('Datoen må ikke ligge i fremtiden');
  await expect(summary).toContainText('Skriv varigheden som et helt antal minutter fra 1 til 600');
  await expect(page.getByLabel('Dato')).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(page);

  // A note that looks sensitive is refused by the API and explained in Danish.
  await page.getByLabel('Dato').fill(danishDay(-1));
  await page.getByLabel('Varighed i minutter').fill('75');
  await page.getByLabel('Kort note (valgfri)').fill('Hun fortalte om sin medicin.');
  await page.getByRole('button', { name: 'Gem møde' }).click();
  await expect(summary).toContainText('Noten ser ud til at indeholde følsomme oplysninger');

  await page.getByLabel('Kort note (valgfri)').fill(note);
  await page.getByRole('button', { name: 'Gem møde' }).click();
  await expect(page.getByTestId('meeting-saved')).toHaveText(`Mødet den ${danishDay(-1)} er gemt.`);
  const rows = page.getByTestId('meetings').locator('tbody tr');
  await expect(rows).toHaveCount(2);
  await expect(rows.first()).toContainText(danishDay(-1));
  await expect(rows.first()).toContainText('75 min.');
  await expect(rows.first()).toContainText(note);

  // The same page in Arabic: right-to-left, Danish dates, no axe violations; then back to Danish.
  await page.getByLabel('Sprog').selectOption('ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('سجل اللقاءات: المطابقة مع Rahel');
  await expect(rows.first()).toContainText(danishDay(-1));
  await expectNoAxeViolations(page);
  await page.getByLabel('اللغة').selectOption('da');

  // On her page she pauses until a date, sees it, and resumes; leaving asks first (and she stays).
  await page.getByRole('link', { name: 'Tilbage til din side' }).click();
  await expect(page).toHaveURL(/\/frivillig$/);
  const availability = page.getByTestId('availability');
  await availability.getByLabel('Tilbage fra (valgfri)').fill('31.02.2027');
  await availability.getByRole('button', { name: 'Hold pause' }).click();
  await expect(page.getByTestId('error-summary')).toContainText('Skriv datoen som dag.måned.år');
  const back = danishDay(21);
  await availability.getByLabel('Tilbage fra (valgfri)').fill(back);
  await availability.getByRole('button', { name: 'Hold pause' }).click();
  await expect(page.getByTestId('availability-message')).toHaveText('Din pause er registreret.');
  await expect(page.getByTestId('availability-state')).toHaveText(
    `Du holder pause. Du kan få nye forslag igen fra ${back}.`,
  );
  await expectNoAxeViolations(page);
  await availability.getByRole('button', { name: 'Genoptag – jeg er klar til nye forslag' }).click();
  await expect(page.getByTestId('availability-message')).toHaveText('Velkommen tilbage – du kan få nye forslag igen.');
  await expect(availability.getByRole('button', { name: 'Hold pause' })).toBeVisible();

  await availability.getByRole('button', { name: 'Meld dig ud som frivillig' }).click();
  const dialog = page.getByRole('dialog', { name: 'Vil du melde dig ud som frivillig?' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Dine koordinatorer får besked');
  await expectNoAxeViolations(page);
  await dialog.getByRole('button', { name: 'Fortryd' }).click();
  await expect(dialog).toBeHidden();
  await expect(availability.getByRole('button', { name: 'Meld dig ud som frivillig' })).toBeFocused();
  await expect(availability.getByRole('button', { name: 'Hold pause' })).toBeVisible();

  // Karin, the coordinator, at her own computer: the overdue check-in heads her list.
  const coordinator = await otherBrowser(browser, baseURL);
  await signInThroughForm(coordinator, DEMO_COORDINATOR);
  await coordinator.getByRole('banner').getByRole('link', { name: 'Opfølgning' }).click();
  await expect(coordinator).toHaveURL(/\/koordinator\/opfoelgning$/);
  await expect(coordinator).toHaveTitle('Opfølgning – Brobygger');
  const row = coordinator.locator('tr[data-participant="Rahel Tesfaye"]');
  await expect(row).toContainText('Din deltager');
  await expect(row).toContainText('Efter 1 måned');
  await expect(row).toContainText('Overskredet');
  await expect(row).toContainText('Mentor: Mette Hansen');
  await expect(row).toContainText('2 møder');
  await expectNoAxeViolations(coordinator);

  await row.getByRole('button', { name: 'Registrér opfølgning for Rahel Tesfaye' }).click();
  const form = coordinator.getByTestId('check-in-form');
  await expect(form.getByRole('heading', { level: 2 })).toHaveText('Efter 1 måned: Rahel Tesfaye');
  await expect(form.getByRole('heading', { level: 2 })).toBeFocused();
  await expect(form.getByTestId('match-meetings')).toContainText(note);
  await expect(form.getByTestId('match-meetings')).toContainText(danishDay(-1));
  await form.getByRole('button', { name: 'Gem opfølgning' }).click();
  await expect(coordinator.getByTestId('error-summary')).toContainText('Vælg, hvordan forløbet går');
  await expectNoAxeViolations(coordinator);

  await form.getByLabel('Forløbet fortsætter').check();
  await form.getByLabel('Kort note (valgfri)').fill('Godt match – de ses hver uge.');
  await form.getByRole('button', { name: 'Gem opfølgning' }).click();
  await expect(coordinator.getByTestId('check-in-saved')).toHaveText('Opfølgningen for Rahel Tesfaye er gemt.');
  await expect(row).toHaveCount(0);

  // The 3-month check-in comes next, within 90 days.
  await coordinator.getByLabel('Vis opfølgninger, der forfalder').selectOption({ label: 'inden for 90 dage' });
  await expect(row).toContainText('Efter 3 måneder');
  await expect(row).not.toContainText('Overskredet');

  // The page reads right-to-left in Arabic and passes axe there too.
  await coordinator.getByLabel('Sprog').selectOption('ar');
  await expect(coordinator.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(coordinator.getByRole('heading', { level: 1 })).toHaveText('المتابعة');
  await expectNoAxeViolations(coordinator);
  await coordinator.context().close();
});
