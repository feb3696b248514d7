import { expect, type Page, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/a11y';
import { emailedLink } from './support/outbox';
import {
  DEMO_COORDINATOR,
  danishDay,
  otherBrowser,
  signInThroughForm,
  startAsFirstTimeVisitors,
  uniqueSuffix,
} from './support/session';

startAsFirstTimeVisitors();

/**
 * Runs a mentor matching for one person until the proposal pairs them with `mentor`: any other
 * mentor the engine prefers is ruled out for this person ("Fravælg parret") and the run repeated.
 */
async function proposeMentor(page: Page, participant: string, mentor: string): Promise<void> {
  const proposal = page.getByTestId('proposals').locator(`li[data-participant="${participant}"]`);
  for (let attempt = 0; attempt < 6; attempt++) {
    await expect(proposal).toBeVisible();
    if ((await proposal.innerText()).includes(mentor)) return;
    const forbid = proposal.getByRole('button', { name: new RegExp(`^Fravælg parret ${participant} og `) });
    const other = ((await forbid.getAttribute('aria-label')) ?? '').replace(`Fravælg parret ${participant} og `, '');
    await forbid.click();
    await expect(forbid).toHaveAttribute('aria-pressed', 'true');
    await page.getByRole('button', { name: 'Kør igen' }).click();
    await expect(proposal).not.toContainText(other);
  }
  throw new Error(`The engine never proposed ${mentor} for ${participant}`);
}

test('a new volunteer: signs up, applies, is vetted and matched with a new participant, and logs the first meeting', async ({
  page,
  browser,
  baseURL,
  request,
}) => {
  // Sign-up, wizard, vetting, intake, matching and answers from two computers.
  test.setTimeout(300_000);
  const suffix = uniqueSuffix();
  const email = `yusra.${suffix}@example.dk`;
  const password = 'Broen over fjorden 2026';
  const mentor = `Yusra Nasser${suffix}`;
  const firstName = 'Huda';
  const participant = `${firstName} Mentee${suffix}`;
  const today = danishDay(0);

  // The volunteer signs up and confirms the address from the email.
  const volunteer = await otherBrowser(browser, baseURL);
  await volunteer.goto('/bliv-frivillig');
  await volunteer.getByLabel('Dit navn').fill('Yusra Nasser');
  await volunteer.getByLabel('E-mailadresse').fill(email);
  await volunteer.getByLabel('Adgangskode', { exact: true }).fill(password);
  await volunteer.getByRole('button', { name: 'Opret konto' }).click();
  await expect(volunteer.getByRole('heading', { level: 1 })).toHaveText('Tjek din e-mail');
  await volunteer.goto(await emailedLink(request, email, '/bekraeft-email'));
  await expect(volunteer.getByTestId('confirm-result')).toContainText('Din e-mailadresse er bekræftet');

  // The profile wizard, step by step, then the application.
  await signInThroughForm(volunteer, email, password);
  await volunteer.getByRole('banner').getByRole('link', { name: 'Min ansøgning' }).click();
  await volunteer.getByRole('link', { name: 'Udfyld din profil' }).click();
  await volunteer.getByLabel('Fornavn').fill('Yusra');
  await volunteer.getByLabel('Efternavn').fill(`Nasser${suffix}`);
  await volunteer.getByLabel('Fødselsår').fill('1987');
  await volunteer.getByRole('button', { name: 'Gem og gå videre' }).click();
  await expect(volunteer.getByRole('heading', { level: 2 })).toHaveText('Roller og sprog');
  await volunteer.getByLabel('Mentor', { exact: true }).check();
  await volunteer.getByLabel('Arabisk').selectOption({ label: 'Modersmål' });
  await volunteer.getByLabel('Dansk').selectOption({ label: 'Flydende' });
  await volunteer.getByRole('button', { name: 'Gem og gå videre' }).click();
  await expect(volunteer.getByRole('heading', { level: 2 })).toHaveText('Interesser og område');
  await volunteer.getByLabel('Havearbejde', { exact: true }).check();
  await volunteer.getByLabel('By du bor i').selectOption({ label: 'Slangerup' });
  await volunteer.getByRole('button', { name: 'Gem og gå videre' }).click();
  await expect(volunteer.getByRole('heading', { level: 2 })).toHaveText('Tid');
  await volunteer.getByLabel('Tirsdag Aften').check();
  await volunteer.getByRole('button', { name: 'Gem og gå videre' }).click();
  await volunteer.getByLabel('Fortæl kort om dig selv').fill('Jeg har boet i Slangerup i ti år og elsker min have.');
  await volunteer.getByRole('button', { name: 'Send ansøgning' }).click();
  await expect(volunteer).toHaveURL(/\/frivillig$/);
  await expect(volunteer.getByTestId('volunteer-status')).toContainText('Ansøgning sendt');

  // The coordinator screens and approves the application.
  await signInThroughForm(page, DEMO_COORDINATOR);
  await page.goto('/koordinator/frivillige');
  await page.getByTestId('volunteers').getByRole('link', { name: mentor }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(mentor);
  await expect(page.getByTestId('volunteer-status')).toHaveText('Status: Har ansøgt');
  await page.getByLabel('Kort note fra samtalen (frivillig)').fill('God samtale om mentorrollen.');
  await page.getByRole('button', { name: 'Markér som screenet' }).click();
  await expect(page.getByTestId('volunteer-status')).toHaveText('Status: Screenet');
  await page.getByRole('button', { name: 'Godkend', exact: true }).click();
  await expect(page.getByTestId('vetting-done')).toHaveText('Den frivillige er godkendt.');
  await expect(page.getByTestId('volunteer-status')).toHaveText('Status: Godkendt');
  await volunteer.reload();
  await expect(volunteer.getByTestId('volunteer-status')).toContainText('Godkendt');

  // A participant who fits: the same town, Arabic, and a shared interest.
  await page.goto('/koordinator/deltagere/ny');
  await page.getByLabel('Fornavn', { exact: true }).fill(firstName);
  await page.getByLabel('Efternavn', { exact: true }).fill(`Mentee${suffix}`);
  await page.getByLabel('Fødselsår', { exact: true }).fill('1990');
  await page.getByLabel('Køn', { exact: true }).selectOption({ label: 'Kvinde' });
  await page.getByLabel('By', { exact: true }).selectOption({ label: 'Slangerup' });
  await page.getByLabel('Arabisk', { exact: true }).selectOption({ label: 'Modersmål' });
  await page.getByLabel('Havearbejde', { exact: true }).check();
  await page.getByRole('button', { name: 'Registrér deltager' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(participant);

  // A mentor matching for her alone; the new volunteer's pair is locked and approved.
  await page.goto('/koordinator/matchning');
  await expect(page.getByLabel('Slags match')).toHaveValue('MENTOR');
  await page.getByLabel('Udvalgte personer').check();
  await page
    .getByTestId('waiting-people')
    .getByRole('checkbox', { name: new RegExp(`^${participant}, Slangerup`) })
    .check();
  await page.getByRole('button', { name: 'Kør matchning' }).click();
  await expect(page.getByTestId('run-status')).toContainText('Matchningen er færdig: 1 forslag.');
  await proposeMentor(page, participant, mentor);
  const proposal = page.getByTestId('proposals').locator(`li[data-participant="${participant}"]`);
  await expect(proposal).toContainText('Taler begge arabisk (modersmål)');
  await expect(proposal).toContainText('Begge interesserer sig for havearbejde');
  const lock = proposal.getByRole('button', { name: `Lås parret ${participant} og ${mentor}` });
  await lock.click();
  await expect(lock).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: 'Kør igen' }).click();
  await expect(proposal).toContainText('Låst af en koordinator');
  await expect(proposal).toContainText(mentor);
  await proposal.getByLabel(`Vælg forslaget for ${participant}`).check();
  await page.getByRole('button', { name: 'Godkend valgte (1)' }).click();
  await expect(proposal.getByTestId('approval-result')).toContainText('Godkendt.');

  // The volunteer says yes to the proposal.
  await volunteer.goto('/frivillig/forslag');
  const offered = volunteer.getByTestId('volunteer-proposals').locator(`li[data-participant="${firstName}"]`);
  await expect(offered).toContainText('Begge interesserer sig for havearbejde');
  await expect(offered).not.toContainText(`Mentee${suffix}`);
  await offered.getByRole('button', { name: `Sig ja til ${firstName}` }).click();
  await expect(volunteer.getByTestId('volunteer-matches-message')).toContainText(`Du har sagt ja til ${firstName}`);
  await expectNoAxeViolations(volunteer);

  // The coordinator records the participant's yes: the match is active.
  await page.goto('/koordinator/forloeb');
  await page.getByLabel('Status').selectOption({ label: 'Accepteret af frivillig eller forening' });
  await page.getByRole('button', { name: 'Vis forløb' }).click();
  await page.getByRole('button', { name: `Borgeren siger ja: ${participant}` }).click();
  await expect(page.getByTestId('matches-message')).toContainText(`Forløbet med ${participant} er nu aktivt.`);

  // The volunteer logs their first meeting.
  await volunteer.reload();
  await volunteer
    .getByTestId('volunteer-active')
    .getByRole('link', { name: `Mødelog for forløbet med ${firstName}` })
    .click();
  await expect(volunteer).toHaveURL(/\/frivillig\/forloeb\/[0-9a-f-]{36}$/);
  await expect(volunteer.getByRole('heading', { level: 1 })).toHaveText(`Mødelog: forløb med ${firstName}`);
  await volunteer.getByLabel('Dato').fill(today);
  await volunteer.getByLabel('Varighed i minutter').fill('60');
  await volunteer.getByLabel('Kort note (valgfri)').fill('Vi mødtes i haven og talte om at søge job.');
  await volunteer.getByRole('button', { name: 'Gem møde' }).click();
  await expect(volunteer.getByTestId('meeting-saved')).toHaveText(`Mødet den ${today} er gemt.`);
  await expect(volunteer.getByTestId('meetings').locator('tbody tr')).toHaveCount(1);
  await expectNoAxeViolations(volunteer);
  await volunteer.context().close();
});
