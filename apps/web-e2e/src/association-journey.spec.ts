import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/a11y';
import { emailedLink } from './support/outbox';
import {
  DEMO_COORDINATOR,
  danishDay,
  otherBrowser,
  signInAs,
  signInThroughForm,
  startAsFirstTimeVisitors,
  uniqueSuffix,
} from './support/session';

/** A CVR number that passes the modulus-11 check (weights 2 7 6 5 4 3 2 1), new on every run. */
function newCvr(): string {
  const weights = [2, 7, 6, 5, 4, 3, 2];
  for (;;) {
    const digits = [
      1 + Math.floor(Math.random() * 9),
      ...Array.from({ length: 6 }, () => Math.floor(Math.random() * 10)),
    ];
    const sum = digits.reduce((total, digit, i) => total + digit * (weights[i] ?? 0), 0);
    const check = (11 - (sum % 11)) % 11;
    if (check < 10) return [...digits, check].join('');
  }
}

startAsFirstTimeVisitors();

test('a new association: registered and invited by the coordinator, its representative completes the profile, publishes a trial membership and takes a referral from matching to membership', async ({
  page,
  browser,
  baseURL,
  request,
}) => {
  // Two people, three sign-ins, a matching run and several axe checks.
  test.setTimeout(300_000);
  const suffix = uniqueSuffix();
  const club = `Skibby Kajakklub ${suffix}`;
  const representativeName = 'Rasmus Roer';
  const representativeEmail = `rasmus.${suffix}@kajakklub.example.dk`;
  const password = 'Padler i fjorden 2026';
  const offerTitle = `Prøv kajak i Skibby ${suffix}`;
  const firstName = 'Dalia';
  const participant = `${firstName} Kajak${suffix}`;
  const today = danishDay(0);

  // The coordinator registers the association and invites its first representative.
  await signInThroughForm(page, DEMO_COORDINATOR);
  await page.getByRole('banner').getByRole('link', { name: 'Foreninger', exact: true }).click();
  await page.getByRole('link', { name: 'Registrér ny forening' }).click();
  await expect(page).toHaveURL(/\/koordinator\/foreninger\/ny$/);
  await expect(page).toHaveTitle('Registrér ny forening – Brobygger');
  await page.getByRole('button', { name: 'Registrér foreningen og send invitationen' }).click();
  const summary = page.getByTestId('error-summary');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('Skriv foreningens navn');
  await expect(summary).toContainText('Vælg den by, foreningen hører til');
  await expect(summary).toContainText('Skriv personens navn');
  await expect(summary).toContainText('Skriv en gyldig e-mailadresse');
  await expect(page.getByLabel('Foreningens navn')).toHaveAttribute('aria-invalid', 'true');

  await page.getByLabel('Foreningens navn').fill(club);
  await page.getByLabel('CVR-nummer (valgfrit)').fill('12345678');
  await page.getByLabel('Type forening').selectOption({ label: 'Idrætsforening' });
  await page.getByLabel('By', { exact: true }).selectOption({ label: 'Skibby' });
  await page.getByLabel('Repræsentantens navn').fill(representativeName);
  await page.getByLabel('Repræsentantens e-mailadresse').fill(representativeEmail);
  await page.getByLabel('Sprog i vores e-mails til personen').selectOption('da');
  await page.getByRole('button', { name: 'Registrér foreningen og send invitationen' }).click();
  // The CVR number's check digit is wrong: said in words, at the field.
  await expect(summary).toBeFocused();
  await expect(summary).toHaveText(/CVR-nummeret er ikke gyldigt: cifrene passer ikke med CVR-numrenes kontrolciffer/);
  await expect(page.getByLabel('CVR-nummer (valgfrit)')).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(page);

  await page.getByLabel('CVR-nummer (valgfrit)').fill(newCvr());
  await page.getByRole('button', { name: 'Registrér foreningen og send invitationen' }).click();
  const done = page.getByTestId('registration-done');
  await expect(done.getByRole('heading', { name: `${club} er registreret` })).toBeFocused();
  await expect(done).toContainText(`Vi har sendt en invitation til ${representativeName} på ${representativeEmail}.`);
  await expect(page.getByTestId('registration-next')).toContainText(
    `${representativeName} åbner linket i e-mailen og vælger en adgangskode. Linket virker i 7 dage, til og med ${danishDay(7)}.`,
  );
  await expectNoAxeViolations(page);

  // The representative, at their own computer, opens the emailed link and chooses a password.
  const representative = await otherBrowser(browser, baseURL);
  await representative.goto(await emailedLink(request, representativeEmail, '/invitation'));
  await expect(representative.getByRole('heading', { level: 1 })).toHaveText('Tag imod invitationen');
  await representative.getByLabel('Ny adgangskode').fill(password);
  await representative.getByRole('button', { name: 'Gem adgangskode' }).click();
  await expect(representative.getByText('Din konto er klar. Nu kan du logge ind.')).toBeVisible();
  await expect(representative.getByTestId('invitation-next')).toContainText('kommer du til din forenings side');
  await representative.getByRole('link', { name: 'Gå til log ind' }).click();
  await representative.getByLabel('E-mailadresse').fill(representativeEmail);
  await representative.getByLabel('Adgangskode', { exact: true }).fill(password);
  await representative.getByLabel('Adgangskode', { exact: true }).press('Enter');
  await expect(representative).toHaveURL(/\/forening$/);

  // A brand-new association: asked to complete its profile.
  const incomplete = representative.getByTestId('profile-incomplete');
  await expect(incomplete.getByRole('heading', { name: 'Gør foreningens profil færdig' })).toBeVisible();
  await expect(incomplete).toContainText(`Kommunen har registreret ${club}.`);
  await expect(incomplete.getByRole('listitem')).toHaveText([
    'en beskrivelse af foreningen',
    'foreningens adresse',
    'mindst én kontaktperson',
  ]);
  await expect(representative.getByTestId('association-offers')).toHaveCount(0);
  await expectNoAxeViolations(representative);
  await incomplete.getByRole('link', { name: 'Udfyld profilen' }).click();
  await expect(representative.getByLabel('Beskrivelse', { exact: true })).toBeFocused();
  await representative
    .getByLabel('Beskrivelse', { exact: true })
    .fill('Kajak på Roskilde Fjord for alle over 18. Vi låner udstyr ud.');
  await representative.getByLabel('Adresse', { exact: true }).fill('Havnevej 3, 4050 Skibby');
  await representative.getByRole('button', { name: 'Tilføj kontaktperson' }).click();
  const contact = representative.getByRole('group', { name: /^Kontaktperson/ }).last();
  await contact.getByLabel('Navn', { exact: true }).fill(representativeName);
  await contact.getByLabel('E-mailadresse', { exact: true }).fill(representativeEmail);
  await representative.getByRole('button', { name: 'Gem profil' }).click();
  await expect(representative.getByTestId('profile-saved')).toHaveText('Profilen er gemt.');
  await expect(incomplete).toHaveCount(0);

  // A trial membership, published: it shows in the public catalogue.
  await representative.getByRole('link', { name: 'Opret nyt tilbud' }).click();
  await expect(representative).toHaveURL(/\/forening\/tilbud\/nyt/);
  await representative.getByLabel('Type tilbud').selectOption({ label: 'Prøvemedlemskab' });
  await representative.getByLabel('Titel').fill(offerTitle);
  await representative
    .getByLabel('Beskrivelse', { exact: true })
    .fill('Fire ugers prøvemedlemskab med instruktør, udstyr til låns.');
  await representative.getByLabel('Aktivitet').selectOption('kayak');
  await representative.getByLabel('By', { exact: true }).selectOption({ label: 'Skibby' });
  await representative.getByLabel('Antal pladser').fill('4');
  await representative.getByLabel('Yngste alder (år)').fill('18');
  await representative.getByLabel('Prøveperiode (uger)').fill('4');
  await representative.getByLabel('Dansk', { exact: true }).check();
  await representative.getByLabel('Arabisk', { exact: true }).check();
  await representative.getByRole('button', { name: 'Gem tilbud' }).click();
  const offerRow = representative.getByTestId('association-offers').locator(`tr[data-offer="${offerTitle}"]`);
  await expect(offerRow).toContainText('Kladde');
  await offerRow.getByRole('button', { name: `Offentliggør: ${offerTitle}` }).click();
  await expect(offerRow).toContainText('Offentliggjort');
  await representative.goto('/');
  await expect(representative.getByTestId('offers').getByRole('heading', { name: offerTitle })).toBeVisible();

  // The coordinator registers a participant the offer fits (age, language, town, interest) …
  await page.goto('/koordinator/deltagere/ny');
  await page.getByLabel('Fornavn', { exact: true }).fill(firstName);
  await page.getByLabel('Efternavn', { exact: true }).fill(`Kajak${suffix}`);
  await page.getByLabel('Fødselsår', { exact: true }).fill('1994');
  await page.getByLabel('Køn', { exact: true }).selectOption({ label: 'Kvinde' });
  await page.getByLabel('By', { exact: true }).selectOption({ label: 'Skibby' });
  await page.getByLabel('Arabisk', { exact: true }).selectOption({ label: 'Modersmål' });
  await page.getByLabel('Kajak', { exact: true }).check();
  await page.getByRole('button', { name: 'Registrér deltager' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(participant);

  // … and runs a trial-membership matching for her, and approves the proposal.
  await page.goto('/koordinator/matchning');
  await page.getByLabel('Slags match').selectOption({ label: 'Prøvemedlemskab' });
  await page.getByLabel('Udvalgte personer').check();
  await page
    .getByTestId('waiting-people')
    .getByRole('checkbox', { name: new RegExp(`^${participant}, Skibby`) })
    .check();
  await page.getByRole('button', { name: 'Kør matchning' }).click();
  await expect(page.getByTestId('run-status')).toContainText('Matchningen er færdig: 1 forslag.');
  const proposal = page.getByTestId('proposals').locator(`li[data-participant="${participant}"]`);
  await expect(proposal).toContainText(offerTitle);
  await expect(proposal).toContainText('Begge interesserer sig for kajak');
  await proposal.getByLabel(`Vælg forslaget for ${participant}`).check();
  await page.getByRole('button', { name: 'Godkend valgte (1)' }).click();
  await expect(proposal.getByTestId('approval-result')).toContainText('Godkendt.');

  // The representative takes the referral: yes, the first session, and how it went.
  await representative.goto('/forening');
  await representative.getByRole('link', { name: 'Henvisninger til foreningens tilbud' }).click();
  await expect(representative).toHaveURL(/\/forening\/henvisninger/);
  const card = representative.locator(`[data-referral="${firstName}"]`);
  await expect(card).toContainText(offerTitle);
  await expect(card).not.toContainText(`Kajak${suffix}`);
  await card.getByRole('button', { name: `Sig ja til ${firstName}` }).click();
  await representative
    .getByRole('dialog', { name: 'Sig ja til henvisningen?' })
    .getByRole('button', { name: 'Ja, sig ja' })
    .click();
  await expect(representative.getByTestId('referral-message')).toContainText(`Du har sagt ja til ${firstName}.`);
  await card.getByLabel('Dato for første gang').fill(today);
  await card.getByRole('button', { name: 'Bekræft første gang' }).click();
  await expect(representative.getByTestId('referral-message')).toContainText(
    `Første gang for ${firstName} er sat til ${today}.`,
  );
  await card.getByLabel('Blev medlem').check();
  await card.getByRole('button', { name: 'Indberet resultat' }).click();
  await representative
    .getByRole('dialog', { name: 'Indberet resultatet?' })
    .getByRole('button', { name: 'Ja, indberet' })
    .click();
  await expect(representative.getByTestId('referral-message')).toContainText(
    `Resultatet for ${firstName} er indberettet: Blev medlem.`,
  );
  await representative.getByRole('link', { name: 'Afsluttede' }).click();
  await expect(card.getByTestId('referral-outcome')).toHaveText('Blev medlem');
  await representative.context().close();
});

test('an administrator invites a coordinator at /admin/brugere and sees the invitation waiting', async ({ page }) => {
  test.setTimeout(120_000);
  const email = `ny.kollega.${uniqueSuffix()}@frederikssund.example.dk`;
  await signInThroughForm(page, 'administrator@demo.brobygger.dk');
  await page.getByRole('banner').getByRole('link', { name: 'Brugere', exact: true }).click();
  await expect(page).toHaveURL(/\/admin\/brugere$/);
  await expect(page).toHaveTitle('Brugere og invitationer – Brobygger');

  await page.getByRole('button', { name: 'Send invitation' }).click();
  await expect(page.getByTestId('error-summary')).toBeFocused();
  await expect(page.getByTestId('error-summary')).toContainText('Skriv personens navn');
  await expectNoAxeViolations(page);

  await page.getByLabel('Navn', { exact: true }).fill('Nina Nyansat');
  await page.getByLabel('E-mailadresse', { exact: true }).fill(email);
  await page.getByLabel('Rolle').selectOption({ label: 'Koordinator' });
  await page.getByRole('button', { name: 'Send invitation' }).click();
  await expect(page.getByTestId('invitation-sent')).toHaveText(
    `Invitationen er sendt til ${email}. Linket virker til og med ${danishDay(7)}.`,
  );
  const row = page.getByTestId('pending-invitations').locator(`tr[data-invitation="${email}"]`);
  await expect(row).toContainText('Nina Nyansat');
  await expect(row).toContainText('Koordinator');
  await expect(row).toContainText(danishDay(0));
  await expectNoAxeViolations(page);

  // In Arabic, right to left.
  await page.getByLabel('Sprog', { exact: true }).selectOption('ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('المستخدمون والدعوات');
  await expectNoAxeViolations(page);
});

test('a coordinator cannot open the administrators’ page', async ({ page }) => {
  await signInThroughForm(page, DEMO_COORDINATOR);
  await page.goto('/admin/brugere');
  await expect(page).toHaveURL(/\/ingen-adgang$/);
});

test('the association registration form reads right-to-left in Arabic and passes axe, with its problems shown', async ({
  page,
}) => {
  await page.addInitScript(() => localStorage.setItem('brobygger.language', 'ar'));
  await signInAs(page.request, DEMO_COORDINATOR);
  await page.goto('/koordinator/foreninger/ny');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('تسجيل جمعية جديدة');
  await expectNoAxeViolations(page);
  await page.locator('#register-cvr').fill('1234');
  await page.getByRole('button', { name: 'سجّل الجمعية وأرسل الدعوة' }).click();
  await expect(page.getByTestId('error-summary')).toBeFocused();
  await expect(page.getByTestId('error-summary')).toContainText('اكتب رقم CVR من 8 أرقام');
  await expectNoAxeViolations(page);
});
