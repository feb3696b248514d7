import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/a11y';
import { DEMO_ADMINISTRATOR, DEMO_COORDINATOR, DEMO_PASSWORD, signInAs } from './support/session';

test.beforeEach(async ({ page }) => {
  // Each test starts as a first-time visitor, in Danish.
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('e2e-started')) {
      localStorage.clear();
      sessionStorage.setItem('e2e-started', '1');
    }
  });
});

test('a coordinator registers a participant through the intake form and withdraws a consent', async ({ page }) => {
  test.setTimeout(120_000);
  const lastName = `Intake${Date.now().toString(36)}`;

  await page.goto('/log-ind');
  await page.getByLabel('E-mailadresse').fill(DEMO_COORDINATOR);
  await page.getByLabel('Adgangskode', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByLabel('Adgangskode', { exact: true }).press('Enter');
  await expect(page).toHaveURL(/\/min-side$/);
  await page.getByRole('banner').getByRole('link', { name: 'Koordinator' }).click();
  await expect(page).toHaveTitle('Koordinator – Brobygger');
  await page.getByTestId('coordinator-pages').getByRole('link', { name: 'Deltagere' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Deltagere');
  await page.getByRole('link', { name: 'Registrér ny deltager' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Registrér deltager');
  await expect(page.getByTestId('legal-basis')).toContainText('myndighedsopgave');

  // An empty form: every required field is named in the summary, which takes focus.
  await page.getByRole('button', { name: 'Registrér deltager' }).click();
  const summary = page.getByTestId('error-summary');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('Skriv personens fornavn');
  await expect(summary).toContainText('Vælg mindst ét sprog, personen taler');
  await expect(summary).toContainText('Vælg den by, personen bor i');

  await page.getByLabel('Fornavn', { exact: true }).fill('Rania');
  await page.getByLabel('Efternavn', { exact: true }).fill(lastName);
  await page.getByLabel('Fødselsår', { exact: true }).fill('87');
  await page.getByLabel('Køn', { exact: true }).selectOption({ label: 'Kvinde' });
  await page.getByLabel('By', { exact: true }).selectOption({ label: 'Skibby' });
  await page.getByLabel('Ankomstdato').fill('15.08.2025');
  await page.getByLabel('Arabisk').selectOption({ label: 'Modersmål' });
  await page.getByLabel('Har brug for tolk').check();
  await page.getByLabel('Danskniveau').selectOption({ label: 'Begynder' });
  await page.getByRole('button', { name: 'Tilføj barn' }).click();
  await expect(page.getByLabel('Barn 1: fornavn')).toBeFocused();
  await page.getByLabel('Barn 1: fornavn').fill('Yusuf');
  await page.getByLabel('Barn 1: fødselsår').fill('2015');
  await page.getByLabel('Hverdagsliv').check();
  await page.getByLabel('Fodbold', { exact: true }).check();
  await page.getByLabel('Ønsket køn på den frivillige').selectOption({ label: 'Kvinde' });
  await page.getByLabel('Billeder fra arrangementer må bruges').check();
  await expect(page.getByText('Skriv ikke følsomme oplysninger')).toBeVisible();
  await page.getByLabel('Noter', { exact: true }).fill('Har PTSD og tager medicin.');

  // The birth year is refused in the browser, with the field marked.
  await page.getByRole('button', { name: 'Registrér deltager' }).click();
  await expect(summary).toContainText('Skriv fødselsåret med fire cifre');
  await expect(page.getByLabel('Fødselsår', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await summary.getByRole('link', { name: /fødselsåret/ }).click();
  await expect(page.getByLabel('Fødselsår', { exact: true })).toBeFocused();
  await page.getByLabel('Fødselsår', { exact: true }).fill('1987');

  // The API refuses the sensitive note: its message is on the notes field.
  await page.getByRole('button', { name: 'Registrér deltager' }).click();
  await expect(summary).toContainText('følsomme oplysninger');
  await expect(page.getByLabel('Noter', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#intake-notes-error')).toContainText('følsomme oplysninger');
  await page.getByLabel('Noter', { exact: true }).fill('Foretrækker formiddage.');
  await page.getByRole('button', { name: 'Registrér deltager' }).click();

  await expect(page).toHaveURL(/\/koordinator\/deltagere\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId('participant-saved')).toContainText('Deltageren er registreret');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Rania ${lastName}`);
  const details = page.getByTestId('participant-details');
  await expect(details).toContainText('Skibby');
  await expect(details).toContainText('15.08.2025');
  await expect(details).toContainText('Arabisk (modersmål)');
  await expect(details).toContainText('Karin Kristensen');
  await expect(page.getByTestId('participant-household')).toContainText('Yusuf, født 2015');
  await expect(page.getByTestId('participant-legal-basis')).toContainText('myndighedsopgave');

  // Editing opens the same form with what was recorded.
  await page.getByRole('link', { name: 'Ret oplysninger' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ret deltager');
  await expect(page.getByLabel('Fornavn', { exact: true })).toHaveValue('Rania');
  await expect(page.getByLabel('Ankomstdato')).toHaveValue('15.08.2025');
  await expect(page.getByLabel('Barn 1: fornavn')).toHaveValue('Yusuf');
  await page.getByLabel('Danskniveau').selectOption({ label: 'Øvet' });
  await page.getByRole('button', { name: 'Gem ændringer' }).click();
  await expect(page.getByTestId('participant-saved')).toContainText('Ændringerne er gemt');
  await expect(details).toContainText('Øvet');
  await expect(page.getByTestId('participant-consents')).toContainText('Billeder fra arrangementer');

  // Withdrawing a consent asks first; cancelling keeps it.
  await page.getByRole('button', { name: 'Træk samtykke tilbage: Billeder fra arrangementer må bruges' }).click();
  const dialog = page.getByRole('dialog', { name: 'Træk samtykket tilbage?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Annullér' }).click();
  await expect(page.getByTestId('participant-consents')).toContainText('Billeder fra arrangementer');
  await page.getByRole('button', { name: 'Træk samtykke tilbage: Billeder fra arrangementer må bruges' }).click();
  await dialog.getByRole('button', { name: 'Ja, træk tilbage' }).click();
  await expect(page.getByTestId('consent-withdrawn')).toContainText('er trukket tilbage');
  await expect(page.getByTestId('participant-no-consents')).toBeVisible();
  await expectNoAxeViolations(page);

  // The list finds the new participant; a search for nobody says so.
  await page.getByRole('link', { name: 'Deltagere', exact: true }).click();
  await page.getByLabel('Navn', { exact: true }).fill(lastName);
  await page.getByRole('button', { name: 'Søg', exact: true }).click();
  await expect(page.getByTestId('participants')).toContainText(`Rania ${lastName}`);
  await page.getByLabel('Navn', { exact: true }).fill('Ingen-hedder-sådan');
  await page.getByRole('button', { name: 'Søg', exact: true }).click();
  await expect(page.getByTestId('participants-empty')).toHaveText('Ingen deltagere passer til søgningen.');
});

test('the dashboard shows who waits for which kind of match, with Danish dates', async ({ page }) => {
  await signInAs(page.request, DEMO_COORDINATOR);
  await page.goto('/koordinator');
  const mentor = page.getByTestId('waiting-mentor');
  await expect(mentor.locator('tbody tr').first()).toContainText(/\d{2}\.\d{2}\.\d{4}/);
  // The demo's longest waiting participants have waited far beyond the 30-day alert.
  await expect(mentor.getByTestId('waiting-alert')).toBeVisible();
  for (const name of ['Matchning', 'Forløb', 'Frivillige', 'Fritidspas', 'Opfølgning', 'Foreninger']) {
    await expect(page.getByTestId('coordinator-pages').getByRole('link', { name, exact: true })).toBeVisible();
  }
  await expectNoAxeViolations(page);
});

test('a coordinator vets a demo applicant who works with children to approved', async ({ page }) => {
  test.setTimeout(90_000);
  await signInAs(page.request, DEMO_COORDINATOR);
  await page.goto('/koordinator/frivillige');
  await expect(page.getByRole('heading', { level: 2 })).toHaveText('Ansøgere');
  await page.getByTestId('volunteers').getByRole('link', { name: 'Bilal Haddad' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bilal Haddad');
  await expect(page.getByTestId('volunteer-status')).toHaveText('Status: Har ansøgt');

  await page.getByLabel('Kort note fra samtalen (frivillig)').fill('Godt møde, har erfaring som træner.');
  await page.getByRole('button', { name: 'Markér som screenet' }).click();
  await expect(page.getByTestId('vetting-done')).toHaveText('Ansøgeren er markeret som screenet.');
  await expect(page.getByTestId('volunteer-status')).toHaveText('Status: Screenet');

  // Approval waits for a clear child certificate: the API's refusal is shown.
  await page.getByRole('button', { name: 'Godkend', exact: true }).click();
  await expect(page.getByTestId('error-summary')).toContainText('Registrér en børneattest uden anmærkninger');
  await expect(page.getByTestId('volunteer-status')).toHaveText('Status: Screenet');

  await page.getByLabel('Status for børneattest').selectOption({ label: 'Uden anmærkninger' });
  await page.getByRole('button', { name: 'Gem børneattest' }).click();
  const certificate = page.getByTestId('certificate-section');
  await expect(certificate.getByTestId('error-summary')).toBeFocused();
  await expect(certificate.getByTestId('error-summary')).toContainText('Skriv datoen som dd.mm.åååå');
  await page.getByLabel('Bestilt den').fill('01.11.2026');
  await page.getByLabel('Tjekket den').fill('20.11.2026');
  await page.getByRole('button', { name: 'Gem børneattest' }).click();
  await expect(page.getByTestId('vetting-done')).toHaveText('Børneattesten er gemt.');
  await expect(page.getByTestId('certificate-details')).toContainText('Uden anmærkninger');
  await expect(page.getByTestId('certificate-renewal')).toHaveText(/^\d{2}\.\d{2}\.\d{4}$/);

  await page.getByLabel('Kursets navn').fill('Introkursus for fritidsguider');
  await page.getByLabel('Gennemført den').fill('3.9.2026');
  await page.getByRole('button', { name: 'Registrér kursus' }).click();
  await expect(page.getByTestId('trainings')).toContainText('Introkursus for fritidsguider – gennemført 03.09.2026');

  await page.getByRole('button', { name: 'Godkend', exact: true }).click();
  await expect(page.getByTestId('vetting-done')).toHaveText('Den frivillige er godkendt.');
  await expect(page.getByTestId('volunteer-status')).toHaveText('Status: Godkendt');
  await expectNoAxeViolations(page);

  await page.goto('/koordinator/frivillige?status=approved');
  await expect(page.getByTestId('volunteers')).toContainText('Bilal Haddad');
});

test('a coordinator rejects an applicant with a reason, after a confirmation', async ({ page }) => {
  await signInAs(page.request, DEMO_COORDINATOR);
  await page.goto('/koordinator/frivillige');
  await page.getByTestId('volunteers').getByRole('link', { name: 'Karen Madsen' }).click();
  await page.getByRole('button', { name: 'Afvis ansøgningen' }).click();
  await expect(page.getByTestId('error-summary')).toContainText('Skriv en begrundelse');
  await page.getByLabel('Begrundelse for afslag').fill('Vi har nok mentorer i Frederikssund lige nu.');
  await page.getByRole('button', { name: 'Afvis ansøgningen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Afvis ansøgningen?' });
  await expect(dialog).toContainText('Vi har nok mentorer i Frederikssund lige nu.');
  await dialog.getByRole('button', { name: 'Ja, afvis' }).click();
  await expect(page.getByTestId('volunteer-status')).toHaveText('Status: Afvist');
});

test('an administrator sets the fritidspas budget; a coordinator grants and is refused over budget', async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const year = new Date().getFullYear();

  await signInAs(page.request, DEMO_ADMINISTRATOR);
  await page.goto('/koordinator/fritidspas');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Fritidspas');
  await expect(page.getByTestId('budget-amount')).toHaveText('0,00 kr.');
  await page.getByLabel('Årets budget i kroner').fill('to tusind');
  await page.getByRole('button', { name: 'Gem budget' }).click();
  await expect(page.getByTestId('error-summary')).toContainText('Skriv et beløb i kroner');
  await page.getByLabel('Årets budget i kroner').fill('2.000');
  await page.getByRole('button', { name: 'Gem budget' }).click();
  await expect(page.getByTestId('budget-saved')).toBeVisible();
  await expect(page.getByTestId('budget-amount')).toHaveText('2.000,00 kr.');
  await expect(page.getByTestId('budget-remaining')).toHaveText('2.000,00 kr.');

  const coordinatorContext = await browser.newContext({ locale: 'da-DK', timezoneId: 'Europe/Copenhagen' });
  const coordinator = await coordinatorContext.newPage();
  await signInAs(coordinator.request, DEMO_COORDINATOR);
  await coordinator.goto('/koordinator/fritidspas');
  await expect(coordinator.getByRole('heading', { level: 2, name: `Budget ${year}` })).toBeVisible();
  await expect(coordinator.getByTestId('budget-remaining')).toHaveText('2.000,00 kr.');
  await expect(coordinator.getByTestId('grants-empty')).toBeVisible();

  // The family is found by name: the page never loads the whole register.
  const familySearch = coordinator.getByLabel('Forælderens eller barnets navn');
  await familySearch.fill('A');
  await coordinator.getByRole('button', { name: 'Søg', exact: true }).click();
  await expect(coordinator.getByTestId('family-search')).toContainText('Skriv mindst 2 bogstaver af et navn');
  await familySearch.fill('Hassan');
  await coordinator.getByRole('button', { name: 'Søg', exact: true }).click();
  await expect(coordinator.getByTestId('family-result')).toHaveText('Familier fundet: 1');
  const form = coordinator.getByTestId('grant-form');
  await form.getByLabel('Barn').selectOption({ label: 'Omar (2016) – Amina Hassan' });
  await form.getByLabel('Aktivitet').selectOption({ label: 'Fodbold for børn 7–12 år – Frederikssund Idrætsforening' });
  await form.getByLabel('Kontingent').fill('1.500,00');
  await form.getByLabel('Udstyr').fill('300');
  await expect(form.getByLabel('Periode fra')).toHaveValue(`01.08.${year}`);
  await form.getByRole('button', { name: 'Bevilg' }).click();
  await expect(coordinator.getByTestId('grant-made')).toContainText('Omar har fået fritidspas');
  await expect(coordinator.getByTestId('budget-granted')).toHaveText('1.800,00 kr.');
  await expect(coordinator.getByTestId('budget-remaining')).toHaveText('200,00 kr.');

  // More than is left: the API's refusal, with the amounts, on the fee.
  await form.getByLabel('Barn').selectOption({ label: 'Leila (2013) – Amina Hassan' });
  await form.getByLabel('Aktivitet').selectOption({ label: 'Fodbold for børn 7–12 år – Frederikssund Idrætsforening' });
  await form.getByLabel('Kontingent').fill('500');
  await form.getByRole('button', { name: 'Bevilg' }).click();
  await expect(coordinator.getByTestId('error-summary')).toContainText(
    `Bevillingen på 500,00 kr. overstiger budgettet for ${year}: der er 200,00 kr. tilbage.`,
  );
  await expect(form.getByLabel('Kontingent')).toHaveAttribute('aria-invalid', 'true');
  await expect(coordinator.getByTestId('budget-remaining')).toHaveText('200,00 kr.');

  // The season-end retention check.
  const omar = coordinator.getByTestId('fritidspas-grants').locator('tr[data-grant="Omar"]');
  await expect(omar.getByTestId('retention')).toHaveText('Ikke tjekket');
  await omar.getByRole('button', { name: /^Ja \(Stadig aktiv: Omar, / }).click();
  await expect(omar.getByTestId('retention')).toHaveText('Ja');
  await expectNoAxeViolations(coordinator);
  await coordinatorContext.close();
});

for (const language of ['da', 'ar'] as const) {
  test(`axe finds no WCAG 2.1 A/AA violations on the intake form in ${language}`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.addInitScript((code) => localStorage.setItem('brobygger.language', code), language);
    await signInAs(page.request, DEMO_COORDINATOR);
    await page.goto('/koordinator/deltagere/ny');
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    await expect(page.getByTestId('intake-form')).toBeVisible();
    await page.locator('#intake-add-child').click();
    await expectNoAxeViolations(page);
    // And with the fields in error, the state a screen-reader user meets most.
    await page.getByTestId('intake-form').locator('button[type="submit"]').click();
    await expect(page.getByTestId('error-summary')).toBeFocused();
    await expectNoAxeViolations(page);
  });
}

test('axe finds no WCAG 2.1 A/AA violations on the other coordinator pages in ar', async ({ page }) => {
  test.setTimeout(90_000);
  await page.addInitScript(() => localStorage.setItem('brobygger.language', 'ar'));
  await signInAs(page.request, DEMO_COORDINATOR);
  await page.goto('/koordinator');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByTestId('idle-volunteers')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goto('/koordinator/deltagere');
  await expect(page.getByTestId('participants')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goto('/koordinator/frivillige?status=approved');
  await page.getByTestId('volunteers').getByRole('link').first().click();
  await expect(page.getByTestId('certificate-section')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goto('/koordinator/fritidspas');
  await expect(page.getByTestId('fritidspas-budget')).toBeVisible();
  await expect(page.getByTestId('grant-form')).toBeVisible();
  await expectNoAxeViolations(page);
});
