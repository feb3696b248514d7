import { type APIRequestContext, expect } from '@playwright/test';
import { DEMO_ADMINISTRATOR, DEMO_PASSWORD, graphql, signInAs } from './session';

/**
 * The path and token of the newest emailed link to `email` (e.g. `/invitation?token=…`), read from
 * the demo outbox as the demo administrator. Pass a request context of its own (the `request`
 * fixture), not a page's: signing in here would change that page's session.
 */
export async function emailedLink(
  request: APIRequestContext,
  email: string,
  path: '/invitation' | '/bekraeft-email' | '/nulstil-adgangskode',
): Promise<string> {
  await signInAs(request, DEMO_ADMINISTRATOR, DEMO_PASSWORD);
  const pattern = new RegExp(`${path}\\?token=[A-Za-z0-9_-]+`);
  let link: string | undefined;
  await expect
    .poll(async () => {
      const { demoOutbox } = await graphql<{ demoOutbox: { recipient: string; body: string }[] }>(
        request,
        '{ demoOutbox { recipient body } }',
      );
      // Newest first.
      link = demoOutbox.find((mail) => mail.recipient === email && pattern.test(mail.body))?.body.match(pattern)?.[0];
      return link;
    })
    .toBeDefined();
  return link as string;
}
