import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/a11y';
import { signInAs } from './support/session';

const DEMO_REPRESENTATIVE = 'forening@demo.brobygger.dk';

test.beforeEach(async ({ page }) => {
  // Each test starts as a first-time visitor, in Danish.
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('e2e-started')) {
      localStorage.clear();
      sessionStorage.setItem('e2e-started', '1');
    }
  });
});

test('the representative edits the profile: a bad CVR is shown at the field, a valid one saves', async ({ page }) => {
  await signInAs(page.request, DEMO_REPRESENTATIVE);
  await page.goto('/min-side');
  await page.getByRole('banner').getByRole('link', { name: 'Min forening' }).click();
  await expect(page).toHaveURL(/\/forening$/);
  await expect(page).toHaveTitle('Min forening – Brobygger');
  await expect(page.getByRole('heading', { level: 2, name: /Frederikssund Idrætsforening/ })).toBeVisible();

  const cvr = page.getByLabel('CVR-nummer');
  await cvr.fill('12345678');
  await page.getByRole('button', { name: 'Gem profil' }).click();
  const summary = page.getByRole('alert');
  await expect(summary).toContainText('CVR-nummeret er ikke gyldigt');
  await expect(summary).toBeFocused();
  await expect(page.getByTestId('cvr-error')).toContainText('CVR-nummeret er ikke gyldigt');
  await expect(cvr).toHaveAttribute('aria-invalid', 'true');

  await cvr.fill('12345674');
  await page.getByRole('button', { name: 'Tilføj kontaktperson' }).click();
  const people = page.getByRole('group', { name: /^Kontaktperson/ });
  const newest = people.last();
  await expect(newest.getByLabel('Navn')).toBeFocused();
  await newest.getByLabel('Navn').fill('Lars Træner');
  await newest.getByLabel('E-mailadresse').fill('ikke-en-adresse');
  await page.getByRole('button', { name: 'Gem profil' }).click();
  await expect(summary).toContainText('Skriv en gyldig e-mailadresse');
  await newest.getByLabel('E-mailadresse').fill('lars@fif.example.dk');
  await page.getByLabel('Børneattester erklæret').fill('15.01.2026');
  await page.getByRole('button', { name: 'Gem profil' }).click();
  await expect(page.getByTestId('profile-saved')).toHaveText('Profilen er gemt.');

  await page.reload();
  await expect(page.getByLabel('CVR-nummer')).toHaveValue('12345674');
  await expect(page.getByLabel('Børneattester erklæret')).toHaveValue('15.01.2026');
  await expect(
    page
      .getByRole('group', { name: /^Kontaktperson/ })
      .last()
      .getByLabel('Navn'),
  ).toHaveValue('Lars Træner');
});

test('the representative creates a trial membership, publishes it, finds it in the catalogue and closes it', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const title = `Prøv håndbold ${Date.now()}`;
  await signInAs(page.request, DEMO_REPRESENTATIVE);
  await page.goto('/forening');
  await page.getByRole('link', { name: 'Opret nyt tilbud' }).click();
  await expect(page).toHaveURL(/\/forening\/tilbud\/nyt/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nyt tilbud');

  // The fields follow the kind.
  await page.getByLabel('Type tilbud').selectOption({ label: 'Fritidspas' });
  await expect(page.getByLabel('Kontingent for sæsonen (kr.)')).toBeVisible();
  await expect(page.getByLabel('Prøveperiode (uger)')).toHaveCount(0);
  await page.getByLabel('Type tilbud').selectOption({ label: 'Prøvemedlemskab' });
  await expect(page.getByLabel('Kontingent for sæsonen (kr.)')).toHaveCount(0);

  // An incomplete form: a message at each field.
  await page.getByLabel('Prøveperiode (uger)').fill('');
  await page.getByRole('button', { name: 'Gem tilbud' }).click();
  const summary = page.getByRole('alert');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('Skriv en titel');
  await expect(summary).toContainText('Vælg en by');
  await expect(summary).toContainText('Skriv prøveperiodens længde fra 1 til 52 uger');
  await expect(page.getByLabel('Titel')).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(page);

  await page.getByLabel('Titel').fill(title);
  await page.getByLabel('Beskrivelse').fill('Kom og prøv håndbold i fire uger, gratis.');
  await page.getByLabel('By', { exact: true }).selectOption({ label: 'Jægerspris' });
  await page.getByLabel('Antal pladser').fill('6');
  await page.getByLabel('Prøveperiode (uger)').fill('4');
  await page.getByLabel('Dansk').check();
  await page.getByLabel('Arabisk').check();
  await page.getByRole('button', { name: 'Gem tilbud' }).click();

  await expect(page).toHaveURL(/\/forening\?forening=/);
  await expect(page.getByTestId('offer-message')).toContainText(`»${title}« er gemt.`);
  const row = page.getByTestId('association-offers').locator(`tr[data-offer="${title}"]`);
  await expect(row).toContainText('Kladde');
  await row.getByRole('button', { name: `Offentliggør: ${title}` }).click();
  await expect(row).toContainText('Offentliggjort');
  await expect(page.getByTestId('offer-message')).toContainText('er offentliggjort');

  await page.goto('/');
  const offers = page.getByTestId('offers');
  await expect(offers.getByRole('heading', { name: title })).toBeVisible();
  await page.getByRole('main').getByLabel('Type', { exact: true }).selectOption({ label: 'Prøvemedlemskab' });
  await page.getByRole('main').getByLabel('By', { exact: true }).selectOption({ label: 'Jægerspris' });
  await page.getByRole('main').getByLabel('Tilbydes på', { exact: true }).selectOption({ label: 'Arabisk' });
  await page.getByRole('button', { name: 'Vis tilbud' }).click();
  await expect(page.getByTestId('offer-count')).toBeVisible();
  await expect(offers.getByRole('heading', { name: title })).toBeVisible();
  await expect(offers.getByRole('heading', { name: 'Velkomstmøde for nye borgere' })).toHaveCount(0);
  await page.getByRole('main').getByLabel('Type', { exact: true }).selectOption({ label: 'Arrangement' });
  await page.getByRole('button', { name: 'Vis tilbud' }).click();
  await expect(page.getByRole('heading', { name: title })).toHaveCount(0);

  await page.goto('/forening');
  await row.getByRole('button', { name: `Luk: ${title}` }).click();
  const dialog = page.getByRole('dialog', { name: 'Luk tilbuddet?' });
  await expect(dialog).toBeVisible();
  await expectNoAxeViolations(page);
  await dialog.getByRole('button', { name: 'Annuller' }).click();
  await expect(dialog).toBeHidden();
  await expect(row).toContainText('Offentliggjort');
  await row.getByRole('button', { name: `Luk: ${title}` }).click();
  await dialog.getByRole('button', { name: 'Ja, luk tilbuddet' }).click();
  await expect(row).toContainText('Lukket');

  await page.goto('/');
  await expect(page.getByTestId('offers')).toBeVisible();
  await expect(page.getByRole('heading', { name: title })).toHaveCount(0);
});

test('a draft can be deleted after confirming', async ({ page }) => {
  const title = `Kladde til sletning ${Date.now()}`;
  await signInAs(page.request, DEMO_REPRESENTATIVE);
  await page.goto('/forening/tilbud/nyt');
  await page.getByLabel('Type tilbud').selectOption({ label: 'Netværksgruppe' });
  await page.getByLabel('Titel').fill(title);
  await page.getByLabel('By', { exact: true }).selectOption({ label: 'Slangerup' });
  await page.getByRole('button', { name: 'Gem tilbud' }).click();
  await expect(page.getByRole('alert')).toContainText('Skriv hvem gruppen er for');
  await page.getByLabel('Målgruppe').fill('Unge');
  await page.getByRole('button', { name: 'Gem tilbud' }).click();
  const row = page.getByTestId('association-offers').locator(`tr[data-offer="${title}"]`);
  await row.getByRole('button', { name: `Slet: ${title}` }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Ja, slet kladden' }).click();
  await expect(page.getByTestId('offer-message')).toContainText('er slettet');
  await expect(row).toHaveCount(0);
});

test('a volunteer cannot open the association pages', async ({ page }) => {
  await signInAs(page.request, 'frivillig@demo.brobygger.dk');
  await page.goto('/forening');
  await expect(page).toHaveURL(/\/ingen-adgang$/);
});

for (const language of ['da', 'ar'] as const) {
  test(`axe finds no WCAG 2.1 A/AA violations on the association pages in ${language}`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.addInitScript((code) => localStorage.setItem('brobygger.language', code), language);
    await signInAs(page.request, DEMO_REPRESENTATIVE);
    await page.goto('/forening');
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    await expect(page.getByTestId('association-offers')).toBeVisible();
    await expectNoAxeViolations(page);
    await page.goto('/forening/tilbud/nyt');
    await expect(page.locator('form')).toBeVisible();
    for (const kind of ['FRITIDSPAS', 'EVENT']) {
      await page.locator('#offer-kind').selectOption(kind);
      await page.locator('form').getByRole('button').last().focus();
      await page.locator('form button[type="submit"]').click();
      await expect(page.getByRole('alert')).toBeFocused();
      await expectNoAxeViolations(page);
    }
    await page.goto('/');
    await expect(page.getByTestId('offer-filter')).toBeVisible();
    await page.locator('#filter-age').fill('abc');
    await page.locator('#offer-filter, [data-testid="offer-filter"]').locator('button[type="submit"]').click();
    await expect(page.locator('#filter-age')).toHaveAttribute('aria-invalid', 'true');
    await expectNoAxeViolations(page);
  });
}
