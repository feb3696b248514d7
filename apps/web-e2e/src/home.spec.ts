import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/a11y';

test.beforeEach(async ({ page }) => {
  // Each test starts as a first-time visitor, in Danish.
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('e2e-started')) {
      localStorage.clear();
      sessionStorage.setItem('e2e-started', '1');
    }
  });
});

test('the home page shows the Frederikssund demo offers and associations, in Danish', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'da');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Fællesskaber og tilbud i Frederikssund');
  const offers = page.getByTestId('offers');
  await expect(offers.getByRole('heading', { name: 'Velkomstmøde for nye borgere' })).toBeVisible();
  await expect(offers.getByRole('heading', { name: 'Svømning kun for kvinder' })).toBeVisible();
  // A draft offer is not in the public catalogue.
  await expect(offers.getByRole('heading', { name: 'Bustur rundt i kommunen' })).toHaveCount(0);
  await expect(page.getByTestId('associations')).toContainText('Skibby Bylaug');
  // Event dates in Danish format: dd.mm.yyyy kl. hh.mm
  await expect(offers).toContainText(/\d{2}\.\d{2}\.\d{4} kl\. \d{2}\.\d{2}/);
  // The catalogue comes 20 at a time; all demo offers fit on the first, so there is nothing more to show.
  await expect(page.getByTestId('offers-shown')).toHaveText(/^Viser (\d+) af \1$/);
  await expect(page.getByTestId('offers-more')).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Tilgængelighedserklæring' })).toBeVisible();
});

test('the language switch changes the page to English and Arabic (right-to-left) and is remembered', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByTestId('offers')).toBeVisible();
  const languageSwitch = page.getByLabel('Sprog');
  await languageSwitch.selectOption('en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Communities and offers in Frederikssund');
  await expect(page.getByTestId('offers')).toContainText('Women only');

  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Communities and offers in Frederikssund');

  await page.getByLabel('Language').selectOption('ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('المجتمعات والعروض في فريدريكسسوند');
});

test('the skip link takes a keyboard user straight to the content', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('offers')).toBeVisible();
  await page.keyboard.press('Tab');
  const skipLink = page.getByRole('link', { name: 'Gå til sideindhold' });
  await expect(skipLink).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('the footer leads to the accessibility statement', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Tilgængelighedserklæring' }).click();
  await expect(page).toHaveURL(/\/tilgaengelighedserklaering$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tilgængelighedserklæring');
});

for (const language of ['da', 'en', 'ar'] as const) {
  test(`axe finds no WCAG 2.1 A/AA violations on the home page in ${language}`, async ({ page }) => {
    await page.addInitScript((code) => localStorage.setItem('brobygger.language', code), language);
    await page.goto('/');
    await expect(page.getByTestId('offers')).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    await expectNoAxeViolations(page);
  });
}

test('axe finds no violations on the accessibility statement', async ({ page }) => {
  await page.goto('/tilgaengelighedserklaering');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectNoAxeViolations(page);
});
