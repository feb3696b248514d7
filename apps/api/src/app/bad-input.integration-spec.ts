import { createAssociation } from '../../test/factories';
import { createTestApp, type TestApp } from '../../test/test-app';

interface Answer {
  status: number;
  text: string;
  body: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

async function post(url: string, body: string, headers: Record<string, string> = {}): Promise<Answer> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
  const text = await response.text();
  let parsed: Answer['body'] = {};
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = {};
  }
  return { status: response.status, text, body: parsed };
}

function graphql(api: TestApp, query: string, variables?: Record<string, unknown>, cookie?: string) {
  return post(`${api.url}/graphql`, JSON.stringify({ query, variables }), cookie ? { cookie } : {});
}

/** Refused as BAD_USER_INPUT naming the field, with a reason (by default: a character that cannot be stored). */
function expectRefused(answer: Answer, field: string, reason = 'INVALID_CHARACTER', status = 400): void {
  expect(answer.status).toBe(status);
  expect(answer.body.data ?? null).toBeNull();
  expect(answer.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason, field });
  expect(answer.body.errors?.[0]?.message).toMatch(new RegExp(`^${field.replace(/[[\].]/g, '\\$&')}: `));
}

const SIGN_UP = 'mutation ($input: SignUpInput!) { signUp(input: $input) }';
const CREATE_OFFER = 'mutation ($input: CreateOfferInput!) { createOffer(input: $input) { id } }';

describe('bad input is the user’s mistake, never an internal error', () => {
  let api: TestApp;
  let coordinator: string;
  let event: Record<string, unknown>;

  beforeAll(async () => {
    api = await createTestApp();
    ({ cookie: coordinator } = await api.signInAs('coordinator'));
    const { id: municipalityId, localityId } = await api.municipality();
    const association = await createAssociation(api.dataSource, { municipalityId, localityId });
    event = {
      kind: 'EVENT',
      associationId: association.id,
      localityId,
      title: 'Kulturcafé',
      capacity: 20,
      eventKind: 'CULTURE_CAFE',
      startsAt: '2027-03-01T17:00:00Z',
    };
  });

  afterAll(async () => {
    await api?.close();
  });

  describe('a NUL character in any string', () => {
    it('is refused in a variable, naming the field inside the input', async () => {
      const answer = await graphql(api, SIGN_UP, {
        input: { displayName: 'Ali\u0000', email: 'ali@example.org', password: 'Et-langt-kodeord-2026' },
      });
      expectRefused(answer, 'displayName');
    });

    it('is refused inline, in a nested list, and in a plain argument', async () => {
      expectRefused(
        await graphql(
          api,
          `mutation { createOffer(input: { kind: EVENT, associationId: "${String(event['associationId'])}",
            localityId: "${String(event['localityId'])}", title: "Café", capacity: 5, languageCodes: ["da", "a\\u0000"] }) { id } }`,
          undefined,
          coordinator,
        ),
        'languageCodes[1]',
      );
      expectRefused(
        await graphql(api, 'mutation ($email: String!) { requestPasswordReset(email: $email) }', {
          email: 'a\u0000@example.org',
        }),
        'email',
      );
    });

    it('is refused in a query’s arguments too', async () => {
      expectRefused(
        await graphql(api, '{ publishedOffers(filter: { languageCode: "\\u0000" }) { items { title } } }'),
        'languageCode',
      );
    });
  });

  it('refuses half a UTF-16 surrogate pair, which jsonb cannot store', async () => {
    const [volunteer] = (await api.dataSource.query('SELECT id FROM volunteer ORDER BY id LIMIT 1')) as {
      id: string;
    }[];
    const answer = await graphql(
      api,
      'mutation ($id: ID!, $name: String!) { recordTraining(id: $id, name: $name, completedOn: "2026-09-01") { id } }',
      { id: volunteer?.id, name: 'Intro \uD800' },
      coordinator,
    );
    expectRefused(answer, 'name');
  });

  describe('a value its enum does not have', () => {
    it('is refused in a variable as NOT_ALLOWED_VALUE, naming the field and the allowed values', async () => {
      const answer = await graphql(api, CREATE_OFFER, { input: { ...event, eventKind: 'culture-cafe' } }, coordinator);
      expectRefused(answer, 'eventKind', 'NOT_ALLOWED_VALUE');
      expect(answer.body.errors?.[0]?.extensions?.['details']).toMatchObject({
        allowed: expect.stringContaining('CULTURE_CAFE'),
      });
    });

    it('is refused inline by GraphQL’s own validation, still with a reason', async () => {
      const answer = await graphql(
        api,
        `mutation { createOffer(input: { kind: EVENT, associationId: "${String(event['associationId'])}",
          localityId: "${String(event['localityId'])}", title: "Café", capacity: 5, eventKind: "culture-cafe",
          startsAt: "2027-03-01T17:00:00Z" }) { id } }`,
        undefined,
        coordinator,
      );
      expect(answer.status).toBe(400);
      expect(answer.body.errors?.[0]?.extensions).toMatchObject({
        code: 'GRAPHQL_VALIDATION_FAILED',
        reason: 'INVALID_REQUEST',
      });
    });
  });

  describe('an invalid DateTime', () => {
    it.each(['2026-13-45', 'not a date', '2026-02-30T10:00:00Z', '2026-06-01T25:00:00Z', ''])(
      'refuses %j in a variable, naming the field',
      async (startsAt) => {
        expectRefused(
          await graphql(api, CREATE_OFFER, { input: { ...event, startsAt } }, coordinator),
          'startsAt',
          'INVALID_FORMAT',
        );
      },
    );

    it('refuses one written inline', async () => {
      const answer = await graphql(
        api,
        `mutation { createOffer(input: { kind: EVENT, associationId: "${String(event['associationId'])}",
          localityId: "${String(event['localityId'])}", title: "Café", capacity: 5, eventKind: CULTURE_CAFE,
          startsAt: "2026-13-45" }) { id } }`,
        undefined,
        coordinator,
      );
      expectRefused(answer, 'startsAt', 'INVALID_FORMAT');
    });

    it('still takes a real one', async () => {
      const answer = await graphql(api, CREATE_OFFER, { input: event }, coordinator);
      expect(answer.body.errors).toBeUndefined();
      expect(answer.status).toBe(200);
    });
  });

  describe('a resolver’s own checks', () => {
    it('say which rule the value broke, with the numbers a client words its message with', async () => {
      const answer = await graphql(api, CREATE_OFFER, { input: { ...event, title: 'x'.repeat(201) } }, coordinator);
      expect(answer.body.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'TOO_LONG',
        field: 'title',
        details: { max: 200 },
      });
      expect(answer.body.errors?.[0]?.message).toBe('title: must be at most 200 characters');
    });

    it('give a domain’s own reason where the user needs a specific text', async () => {
      const answer = await graphql(api, SIGN_UP, {
        input: { displayName: 'Ali', email: 'ali-kort@example.org', password: 'kort' },
      });
      expect(answer.body.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'PASSWORD_TOO_SHORT',
        field: 'password',
        details: { min: 10 },
      });
    });
  });

  describe('the query limits', () => {
    it('answers a request over the token limit with BAD_USER_INPUT and 400', async () => {
      const fields = Array.from({ length: 3100 }, () => 'name').join(' ');
      const answer = await graphql(api, `{ localities { ${fields} } }`);
      expect(answer.status).toBe(400);
      expect(answer.body.errors?.[0]?.message).toMatch(/at most 3000 tokens/);
      expect(answer.body.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'QUERY_TOO_LONG',
        details: { max: 3000 },
      });
    });

    it.each([
      ['aliases', `{ ${Array.from({ length: 30 }, (_, i) => `a${i}: localities { name }`).join(' ')} }`],
      ['depth', `{ __schema { types { fields { type { ${'ofType { '.repeat(12)}name${' }'.repeat(12)} } } } } }`],
      ['directives', `{ localities { name ${'@include(if: true) '.repeat(40)} } }`],
    ])('refuses too many %s with 400, not 500', async (_, query) => {
      const answer = await graphql(api, query);
      expect(answer.status).toBe(400);
      expect(answer.body.errors?.[0]?.extensions?.['code']).not.toBe('INTERNAL_SERVER_ERROR');
      expect(answer.body.errors?.[0]?.extensions?.['reason']).toBe('INVALID_REQUEST');
    });
  });
});

describe.each([
  ['development', false],
  ['production', true],
])('an unreadable request body, in %s mode', (_, production) => {
  let api: TestApp;

  beforeAll(async () => {
    api = await createTestApp({ demoData: false, config: { production } });
  });

  afterAll(async () => {
    await api?.close();
  });

  it.each(['/graphql', '/health', '/no-such-route'])(
    'answers malformed JSON on %s with a short JSON 400',
    async (path) => {
      const answer = await post(`${api.url}${path}`, '{"query": "{ localities { name } }"');
      expect(answer.status).toBe(400);
      expect(answer.body).toEqual({
        errors: [
          {
            message: 'The request body is not valid JSON.',
            extensions: { code: 'BAD_USER_INPUT', reason: 'BODY_NOT_JSON' },
          },
        ],
      });
    },
  );

  it.each(['/graphql', '/health'])('answers a body over the limit on %s with a short JSON 413', async (path) => {
    const answer = await post(
      `${api.url}${path}`,
      JSON.stringify({ query: `{ localities { name } } #${'x'.repeat(200_000)}` }),
    );
    expect(answer.status).toBe(413);
    expect(answer.body).toEqual({
      errors: [
        {
          message: 'The request body is larger than the limit of 100kb.',
          extensions: { code: 'BAD_USER_INPUT', reason: 'BODY_TOO_LARGE' },
        },
      ],
    });
  });

  it('answers a form body over the limit the same way', async () => {
    const answer = await post(`${api.url}/graphql`, `a=${'x'.repeat(200_000)}`, {
      'content-type': 'application/x-www-form-urlencoded',
    });
    expect(answer.status).toBe(413);
    expect(answer.text).not.toMatch(/at .*\.js|<html|stack/i);
  });
});
