import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/a11y';
import { DEMO_COORDINATOR, DEMO_PASSWORD, otherBrowser, signInAs } from './support/session';

// Mette Hansen: the demo mentor in Frederikssund who speaks Danish and English and likes cooking.
const DEMO_VOLUNTEER = 'frivillig@demo.brobygger.dk';

test.beforeEach(async ({ page }) => {
  // Each test starts as a first-time visitor, in Danish.
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('e2e-started')) {
      localStorage.clear();
      sessionStorage.setItem('e2e-started', '1');
    }
  });
});

test('a new participant is matched with a mentor, approved, accepted by the mentor and the participant, and becomes active', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const firstName = 'Nadia';
  const lastName = `Match${Date.now().toString(36)}`;
  const name = `${firstName} ${lastName}`;

  // The coordinator signs in and registers the participant.
  await page.goto('/log-ind');
  await page.getByLabel('E-mailadresse').fill(DEMO_COORDINATOR);
  await page.getByLabel('Adgangskode', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByLabel('Adgangskode', { exact: true }).press('Enter');
  await expect(page).toHaveURL(/\/min-side$/);
  await page.goto('/koordinator/deltagere/ny');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Registrér deltager');
  await page.getByLabel('Fornavn', { exact: true }).fill(firstName);
  await page.getByLabel('Efternavn', { exact: true }).fill(lastName);
  await page.getByLabel('Fødselsår', { exact: true }).fill('1990');
  await page.getByLabel('Køn', { exact: true }).selectOption({ label: 'Kvinde' });
  await page.getByLabel('By', { exact: true }).selectOption({ label: 'Frederikssund' });
  await page.getByLabel('Engelsk').selectOption({ label: 'Flydende' });
  await page.getByLabel('Madlavning', { exact: true }).check();
  await page.getByRole('button', { name: 'Registrér deltager' }).click();
  await expect(page).toHaveURL(/\/koordinator\/deltagere\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);

  // The board: a mentor match for just this person.
  await page.goto('/koordinator/matchning');
  await expect(page).toHaveTitle('Matchning – Brobygger');
  await expect(page.getByLabel('Slags match')).toHaveValue('MENTOR');
  await page.getByLabel('Udvalgte personer').check();
  const waiting = page.getByTestId('waiting-people');
  await waiting.getByRole('checkbox', { name: new RegExp(`^${name}, Frederikssund`) }).check();

  // Weights start at the engine's defaults, and can be reset to them.
  const distance = page.getByLabel('Kort afstand');
  await expect(distance).toHaveValue('25');
  await distance.fill('3');
  await page.getByRole('button', { name: 'Nulstil vægte til standard' }).click();
  await expect(distance).toHaveValue('25');

  await page.getByRole('button', { name: 'Kør matchning' }).click();
  await expect(page.getByTestId('run-status')).toContainText('Matchningen er færdig: 1 forslag.');
  await expect(page.getByTestId('run-record')).toContainText('Karin Kristensen');
  const proposal = page.getByTestId('proposals').locator(`li[data-participant="${name}"]`);
  await expect(proposal).toContainText('Mette Hansen');
  // The reasons are sentences, never keys.
  await expect(proposal).toContainText('Bor i samme by');
  await expect(proposal).toContainText('Taler begge engelsk (flydende)');
  await expect(proposal).toContainText('Begge interesserer sig for madlavning');
  await expect(proposal).not.toContainText('sharedInterest');

  // Locking the pair and running again keeps the lock, which shows as a reason.
  const lock = proposal.getByRole('button', { name: `Lås parret ${name} og Mette Hansen` });
  await lock.click();
  await expect(lock).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('locks')).toContainText(`Låst: ${name} med Mette Hansen`);
  await page.getByRole('button', { name: 'Kør igen' }).click();
  await expect(proposal).toContainText('Låst af en koordinator');

  await proposal.getByLabel(`Vælg forslaget for ${name}`).check();
  await page.getByRole('button', { name: 'Godkend valgte (1)' }).click();
  await expect(proposal.getByTestId('approval-result')).toContainText('Godkendt.');
  await expect(page.getByTestId('approval-summary')).toContainText('1 godkendt, 0 ikke godkendt.');

  // The matches list shows it waiting for the volunteer, with the deadline.
  await page.goto('/koordinator/forloeb');
  const row = page.getByTestId('matches').locator(`tr[data-participant="${name}"]`);
  await expect(row).toContainText('Afventer den frivillige eller foreningen indtil');
  await expect(row).toContainText(/\d{2}\.\d{2}\.\d{4}/);
  // The list comes a page at a time, with the total across pages.
  await expect(page.getByTestId('pager-status')).toContainText(/Viser 1–\d+ af \d+/);

  // Mette, at her own computer, accepts.
  const mette = await otherBrowser(browser, baseURL);
  await signInAs(mette.request, DEMO_VOLUNTEER);
  await mette.goto('/frivillig');
  await mette.getByRole('link', { name: 'Se dine forslag og forløb' }).click();
  await expect(mette).toHaveURL(/\/frivillig\/forslag$/);
  await expect(mette).toHaveTitle('Forslag og forløb – Brobygger');
  const offer = mette.getByTestId('volunteer-proposals').locator(`li[data-participant="${firstName}"]`);
  await expect(offer).toContainText('Mødested');
  await expect(offer).toContainText('Frederikssund');
  await expect(offer).toContainText('Begge interesserer sig for madlavning');
  await expect(offer).toContainText(/Svar senest \d{2}\.\d{2}\.\d{4}/);
  await expect(offer).not.toContainText(lastName);
  await offer.getByRole('button', { name: `Sig ja til ${firstName}` }).click();
  await expect(mette.getByTestId('volunteer-matches-message')).toContainText(`Du har sagt ja til ${firstName}`);
  await expect(mette.getByTestId('volunteer-waiting')).toContainText(firstName);

  // Back at the coordinator's: the participant says yes, and the match is active.
  await page.getByLabel('Status').selectOption({ label: 'Accepteret af frivillig eller forening' });
  await page.getByRole('button', { name: 'Vis forløb' }).click();
  await page.getByRole('button', { name: `Borgeren siger ja: ${name}` }).click();
  await expect(page.getByTestId('matches-message')).toContainText(`Forløbet med ${name} er nu aktivt.`);
  await page.getByLabel('Status').selectOption({ label: 'Aktivt' });
  await page.getByRole('button', { name: 'Vis forløb' }).click();
  await expect(row).toHaveAttribute('data-status', 'ACTIVE');
  await expect(row.getByRole('button', { name: `Afslut forløbet: ${name}` })).toBeVisible();

  // Mette sees it among her active matches, with the way to its meeting log.
  await mette.reload();
  const active = mette.getByTestId('volunteer-active');
  await expect(active).toContainText(firstName);
  await expect(active.getByRole('link', { name: `Mødelog for forløbet med ${firstName}` })).toHaveAttribute(
    'href',
    /\/frivillig\/forloeb\/[0-9a-f-]{36}$/,
  );
  await mette.context().close();
});

test('a volunteer who declines is asked first, and may give a reason', async ({ page, browser, baseURL }) => {
  test.setTimeout(120_000);
  await signInAs(page.request, DEMO_COORDINATOR);
  await page.goto('/koordinator/matchning');
  await page.getByLabel('Udvalgte personer').check();
  // Amina (Frederikssund, needs an interpreter) is proposed to Mette in the demo.
  await page
    .getByTestId('waiting-people')
    .getByRole('checkbox', { name: /^Amina Hassan/ })
    .check();
  await page.getByRole('button', { name: 'Kør matchning' }).click();
  const proposal = page.getByTestId('proposals').locator('li[data-participant="Amina Hassan"]');
  await expect(proposal).toContainText('Mette Hansen');
  await expect(proposal).toContainText('Der skal bruges tolk');
  await page.getByRole('button', { name: 'Godkend alle' }).click();
  await expect(proposal.getByTestId('approval-result')).toContainText('Godkendt.');

  const mette = await otherBrowser(browser, baseURL);
  await signInAs(mette.request, DEMO_VOLUNTEER);
  await mette.goto('/frivillig/forslag');
  const offer = mette.getByTestId('volunteer-proposals').locator('li[data-participant="Amina"]');
  await offer.getByRole('button', { name: 'Sig nej til Amina' }).click();
  const dialog = mette.getByRole('dialog', { name: 'Sig nej til forslaget med Amina?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Annuller' }).click();
  await expect(dialog).toBeHidden();
  await expect(offer).toBeVisible();
  await offer.getByRole('button', { name: 'Sig nej til Amina' }).click();
  await dialog.getByLabel('Hvorfor? (kan udelades)').fill('Jeg har ikke tid før til foråret.');
  await dialog.getByRole('button', { name: 'Ja, sig nej' }).click();
  await expect(mette.getByTestId('volunteer-matches-message')).toContainText('Du har sagt nej');
  await expect(offer).toHaveCount(0);
  await mette.context().close();

  await page.goto('/koordinator/forloeb');
  await page.getByLabel('Status').selectOption({ label: 'Afslået' });
  await page.getByRole('button', { name: 'Vis forløb' }).click();
  await expect(page.getByTestId('matches').locator('tr[data-participant="Amina Hassan"]')).toContainText(
    'Jeg har ikke tid før til foråret.',
  );
});

test('a volunteer cannot open the matching board', async ({ page }) => {
  await signInAs(page.request, DEMO_VOLUNTEER);
  await page.goto('/koordinator/matchning');
  await expect(page).toHaveURL(/\/ingen-adgang$/);
});

for (const language of ['da', 'ar'] as const) {
  test(`axe finds no WCAG 2.1 A/AA violations on the matching pages in ${language}`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.addInitScript((code) => localStorage.setItem('brobygger.language', code), language);
    await signInAs(page.request, DEMO_COORDINATOR);
    await page.goto('/koordinator/matchning');
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    await page.locator('#run-scope-people').check();
    await expect(page.getByTestId('waiting-people')).toBeVisible();
    await expectNoAxeViolations(page);
    // With problems: no one chosen.
    await page.locator('form.board-form button[type="submit"]').click();
    await expect(page.getByTestId('error-summary')).toBeFocused();
    await expectNoAxeViolations(page);
    // With results: everyone waiting for a leisure guide.
    await page.locator('#run-scope-all').check();
    await page.locator('#run-kind').selectOption('LEISURE_GUIDE');
    await page.locator('form.board-form button[type="submit"]').click();
    await expect(page.getByTestId('run-record')).toBeVisible();
    await expect(page.getByTestId('recent-runs')).toBeVisible();
    await expectNoAxeViolations(page);

    await page.goto('/koordinator/forloeb');
    await expect(page.getByTestId('matches')).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test(`axe finds no WCAG 2.1 A/AA violations on the volunteer's proposals page in ${language}`, async ({ page }) => {
    await page.addInitScript((code) => localStorage.setItem('brobygger.language', code), language);
    await signInAs(page.request, DEMO_VOLUNTEER);
    await page.goto('/frivillig/forslag');
    await expect(page.locator('html')).toHaveAttribute('dir', language === 'ar' ? 'rtl' : 'ltr');
    // Mette Hansen mentors Rahel in the demo: the active list has her.
    await expect(page.getByTestId('volunteer-active')).toContainText('Rahel');
    await expectNoAxeViolations(page);
  });
}
