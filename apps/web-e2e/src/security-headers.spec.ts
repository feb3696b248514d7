import { expect, type Page, test } from '@playwright/test';
import { DEMO_COORDINATOR, signInAs, startAsFirstTimeVisitors } from './support/session';

startAsFirstTimeVisitors();

interface Violation {
  directive: string;
  blocked: string;
  sample: string;
}

/**
 * Collects every Content-Security-Policy violation of the page: the browser's
 * `securitypolicyviolation` events (recorded from before any page script runs), its console
 * reports, and uncaught errors.
 */
async function watchForViolations(page: Page): Promise<() => Promise<string[]>> {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (/Content[ -]Security[ -]Policy/i.test(message.text())) problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  await page.addInitScript(() => {
    const seen: Violation[] = [];
    (window as unknown as { cspViolations: Violation[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push({ directive: event.effectiveDirective, blocked: event.blockedURI, sample: event.sample }),
    );
  });
  return async () => {
    const events = await page.evaluate(() => (window as unknown as { cspViolations: Violation[] }).cspViolations);
    return [...problems, ...events.map((v) => `violation: ${v.directive} blocked ${v.blocked} ${v.sample}`)];
  };
}

/** Opens a page and checks it came with our policy and runs under it as designed. */
async function openUnderPolicy(page: Page, path: string, heading: RegExp | string): Promise<void> {
  const response = await page.goto(path);
  const policy = response?.headers()['content-security-policy'] ?? '';
  expect(policy).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+'/);
  expect(policy).toContain("frame-ancestors 'none'");
  expect(policy).not.toContain('unsafe-inline');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
  // The full stylesheet was swapped in by the nonce'd loader script (not an onload= handler)…
  await expect(page.locator('link[rel="stylesheet"]').first()).toHaveAttribute('media', 'all');
  // …and Angular's own component styles were let in with the nonce it read from <bb-root ngCspNonce>.
  const styles = await page.evaluate(() => Array.from(document.querySelectorAll('style'), (style) => style.nonce));
  expect(styles.length).toBeGreaterThan(1);
  expect(styles.every((nonce) => nonce !== '' && nonce !== 'CSP_NONCE_PLACEHOLDER')).toBe(true);
}

const PAGES = {
  da: {
    home: 'Fællesskaber og tilbud i Frederikssund',
    signIn: 'Log ind',
  },
  ar: {
    home: 'المجتمعات والعروض في فريدريكسسوند',
    signIn: /.+/,
  },
} as const;

for (const language of ['da', 'ar'] as const) {
  test(`the app runs without a Content-Security-Policy violation in ${language}`, async ({ page }) => {
    await page.addInitScript((code) => localStorage.setItem('brobygger.language', code), language);
    const violations = await watchForViolations(page);

    await openUnderPolicy(page, '/', PAGES[language].home);
    await expect(page.getByTestId('offers')).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    await openUnderPolicy(page, '/log-ind', PAGES[language].signIn);
    expect(await violations()).toEqual([]);

    // Signed in as the coordinator: the dashboard, the matching board and the participants (deep links).
    await signInAs(page.request, DEMO_COORDINATOR);
    for (const path of ['/koordinator', '/koordinator/matchning', '/koordinator/deltagere']) {
      await openUnderPolicy(page, path, /.+/);
      await expect(page.getByRole('main')).toBeVisible();
      expect({ path, violations: await violations() }).toEqual({ path, violations: [] });
    }
    // Moving around inside the app (the router, lazy chunks) stays within the policy too.
    await page.locator('a.back-link').click();
    await expect(page).toHaveURL(/\/koordinator$/);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(await violations()).toEqual([]);
  });
}

test('the policy blocks injected scripts, style attributes and foreign images, and the watch sees it', async ({
  page,
}) => {
  const violations = await watchForViolations(page);
  await openUnderPolicy(page, '/', PAGES.da.home);
  const refused = await page.evaluate(() => {
    const script = document.createElement('script');
    let refusedScript = '';
    try {
      // Trusted Types: a script's text from a plain string is refused outright.
      script.textContent = 'window.injected = true;';
    } catch (error) {
      refusedScript = String(error);
    }
    const styled = document.createElement('div');
    styled.setAttribute('style', 'color: red');
    document.body.append(styled);
    const image = document.createElement('img');
    image.src = 'https://example.invalid/tracker.png';
    document.body.append(image);
    return new Promise<string>((resolve) => setTimeout(() => resolve(refusedScript), 200));
  });
  expect(refused).toContain('TrustedScript');
  const seen = await violations();
  expect(seen.some((v) => v.startsWith('violation: require-trusted-types-for'))).toBe(true);
  expect(seen.some((v) => v.startsWith('violation: style-src-attr'))).toBe(true);
  expect(seen.some((v) => v.startsWith('violation: img-src blocked https://example.invalid/tracker.png'))).toBe(true);
});
