import { createTestApp, type TestApp } from '../../test/test-app';

describe('the api on a real PostgreSQL', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await createTestApp({ demoData: true });
  });

  afterAll(async () => {
    await api?.close();
  });

  it('reports health with the database kind and every migration applied', async () => {
    const response = await fetch(`${api.url}/health`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      status: string;
      info: { database: { kind: string }; migrations: { applied: number; pending: number } };
    };
    expect(body.status).toBe('ok');
    expect(body.info.database.kind).toBe(process.env['DATABASE_URL'] ? 'server' : 'embedded');
    expect(body.info.migrations.applied).toBe(api.dataSource.migrations.length);
    expect(body.info.migrations.pending).toBe(0);
  });

  it('serves the published demo offers, never drafts, with their association and locality', async () => {
    const result = await api.graphql<{
      publishedOffers: { items: { title: string; association: { name: string }; locality: { name: string } }[] };
    }>('{ publishedOffers(limit: 50) { items { title association { name } locality { name } } } }');
    expect(result.errors).toBeUndefined();
    const titles = result.data?.publishedOffers.items.map((offer) => offer.title) ?? [];
    expect(titles).toContain('Velkomstmøde for nye borgere');
    expect(titles).not.toContain('Bustur rundt i kommunen');
    const swimming = result.data?.publishedOffers.items.find((offer) => offer.title === 'Svømning kun for kvinder');
    expect(swimming).toEqual({
      title: 'Svømning kun for kvinder',
      association: { name: 'Jægerspris Svømmeklub' },
      locality: { name: 'Jægerspris' },
    });
  });

  it('filters the catalogue by kind, age and language', async () => {
    const titles = async (filter: string) =>
      (
        await api.graphql<{ publishedOffers: { items: { title: string }[] } }>(
          `{ publishedOffers(filter: ${filter}) { items { title } } }`,
        )
      ).data?.publishedOffers.items.map((o) => o.title);
    expect(await titles('{ kind: FRITIDSPAS, age: 9 }')).toEqual(['Fodbold for børn 7–12 år']);
    expect(await titles('{ kind: FRITIDSPAS, age: 14 }')).toEqual([]);
    expect(await titles('{ languageCode: "fa" }')).toEqual(['Svømning kun for kvinder']);
    const bad = await api.graphql('{ publishedOffers(filter: { age: 300 }) { items { title } } }');
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'age' });
  });

  it('serves the reference data loaded from shared/data', async () => {
    const result = await api.graphql<{
      localities: { name: string }[];
      languages: { code: string; direction: string }[];
    }>('{ localities { name } languages { code direction } }');
    expect(result.data?.localities.map((l) => l.name)).toEqual([
      'Frederikssund',
      'Jægerspris',
      'Kulhuse',
      'Skibby',
      'Slangerup',
    ]);
    expect(result.data?.languages).toContainEqual({ code: 'ar', direction: 'RTL' });
  });

  it('answers a query for a field that does not exist with a clear validation error, not a 500', async () => {
    const result = await api.graphql('{ refugees { cpr } }');
    expect(result.errors?.[0]?.message).toMatch(/Cannot query field "refugees"/);
    expect(result.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('refuses a query with too many aliases before running it', async () => {
    const aliases = Array.from({ length: 30 }, (_, i) => `a${i}: localities { name }`).join(' ');
    const result = await api.graphql(`{ ${aliases} }`);
    expect(result.data ?? null).toBeNull();
    expect(result.errors?.[0]?.message).toMatch(/alias/i);
    expect(result.errors?.[0]?.extensions?.code).toEqual(expect.any(String));
  });

  it('refuses a query nested too deep', async () => {
    expect(
      (await api.graphql('{ publishedOffers { items { association { locality { name } } } } }')).errors,
    ).toBeUndefined();
    const nested = (depth: number): string => (depth === 0 ? 'name' : `ofType { ${nested(depth - 1)} }`);
    const tooDeep = `{ __schema { types { fields { type { ${nested(12)} } } } } }`;
    const result = await api.graphql(tooDeep);
    expect(result.errors?.[0]?.message).toMatch(/depth/i);
  });

  it('keeps the caller’s request id and makes one when there is none', async () => {
    const given = await fetch(`${api.url}/health`, { headers: { 'x-request-id': 'trace-42' } });
    expect(given.headers.get('x-request-id')).toBe('trace-42');
    const made = await fetch(`${api.url}/health`);
    expect(made.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('keeps Apollo’s CSRF prevention on: a simple cross-site form post is refused', async () => {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: '{ localities { name } }' }),
    });
    expect(response.status).toBe(400);
  });
});
