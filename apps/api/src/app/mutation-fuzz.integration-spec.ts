import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import {
  buildSchema,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
} from 'graphql';
import { createTestApp, type TestApp } from '../../test/test-app';
import { ACCESS_RULES } from './access-rules';

/*
 * Every mutation of the schema, called with edge-case and random argument values as a role allowed
 * to call it: whatever the input, the answer is never a 500 nor an INTERNAL_SERVER_ERROR. Bounded:
 * one edge case per (argument leaf × edge value), plus a fixed-seed random sample per mutation.
 */

const SCHEMA = buildSchema(readFileSync(join(__dirname, '../../schema.graphql'), 'utf8'));
const PASSWORD = 'Frederikssund-demo-2026';
const EMAILS: Record<string, string> = {
  administrator: 'administrator@demo.brobygger.dk',
  coordinator: 'koordinator@demo.brobygger.dk',
  volunteer: 'frivillig@demo.brobygger.dk',
  'association-representative': 'forening@demo.brobygger.dk',
};
/** The first of these a mutation allows is the role it is called as. */
const ROLE_PREFERENCE = ['coordinator', 'administrator', 'volunteer', 'association-representative'];
/** Run after all others, in this order: they change the demo accounts or end sessions. */
const LAST = ['leaveVolunteering', 'signIn', 'signOut', 'signOutEverywhere'];
/** Mutations not fuzzed, each with the reason; printed in the summary. None today. */
const SKIPPED: Record<string, string> = {};
/** The messages of GraphqlErrorFilter's PostgreSQL safety net. */
const DATABASE_REFUSAL = /^A value you entered |^\S+: the value (is|contains) /;
const RANDOM_RUNS = 12;
const SEED = 20_261_202;

const LONG = 'x'.repeat(10_000);
const EDGE_STRINGS: unknown[] = [
  '',
  ' ',
  LONG,
  'a\u0000b',
  'مرحبا بالعالم \u202Eevil\u202C',
  '👩‍👩‍👧‍👦🏳️‍🌈',
  '\uD800',
  "'; DROP TABLE account; --",
  '%_\\',
  '2026-13-45',
  'not a date',
  '9999-12-31',
  null,
  42,
];
const EDGE_INTS: unknown[] = [0, -1, 1, 2_147_483_647, -2_147_483_648, 2 ** 31, 1e308, 1.5, 'NaN', null];
const EDGE_DATETIMES: unknown[] = [
  '2026-13-45',
  'not a date',
  '',
  '2026-06-01T25:61:00Z',
  '0001-01-01T00:00:00Z',
  '9999-12-31T23:59:59Z',
  '+275760-09-13T00:00:00Z',
  '1970-01-01T00:00:00Z',
  '2026-06-01',
  'a\u0000b',
  12345,
  null,
];
const EDGE_BOOLEANS: unknown[] = [true, false, 'true', 0, null];
const EDGE_IDS = [
  '',
  'abc',
  '1',
  '3f2504e0-4f89-11d3-9a0c-0305e82c3301',
  '00000000-0000-0000-0000-000000000000',
  'FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF',
  '3f2504e0-4f89-11d3-9a0c-0305e82c330',
  '3f2504e0-4f89-11d3-9a0c-0305e82c3301\u0000',
  LONG,
  null,
];

interface Case {
  label: string;
  variables: Record<string, unknown>;
}

interface Failure {
  mutation: string;
  label: string;
  status: number;
  detail: string;
}

function mutationsInOrder(): GraphQLField<unknown, unknown>[] {
  const fields = Object.values(SCHEMA.getMutationType()?.getFields() ?? {});
  const rank = (name: string) => (LAST.includes(name) ? 1 + LAST.indexOf(name) : 0);
  return [...fields].sort((a, b) => rank(a.name) - rank(b.name) || a.name.localeCompare(b.name));
}

function roleFor(mutation: string): string | undefined {
  const rule = ACCESS_RULES[`Mutation.${mutation}`];
  if (!rule) throw new Error(`Mutation.${mutation} is missing from ACCESS_RULES`);
  if (rule === 'public') return undefined;
  return ROLE_PREFERENCE.find((role) => (rule as readonly string[]).includes(role));
}

/** Values the domain accepts, by field name, where the type alone does not say. */
const GOOD: Record<string, unknown> = {
  gender: 'FEMALE',
  danishLevel: 'BEGINNER',
  preferredLanguage: 'DA',
  code: 'da',
  level: 'FLUENT',
  languageCodes: ['da'],
  needs: ['EVERYDAY_LIFE'],
  metOn: '2026-11-01',
  periodStart: '2026-08-01',
  periodEnd: '2027-06-30',
  startsAt: '2027-01-15T10:00:00Z',
  registrationDeadline: '2027-01-10T10:00:00Z',
  durationMinutes: 60,
  birthYear: 1990,
  feeOre: 50_000,
  amountOre: 1_000_000,
  year: 2026,
  milestoneMonths: 1,
  maxDistanceKm: 10,
  capacity: 2,
  eventKind: 'CULTURE_CAFE',
  status: 'REQUESTED',
  'HouseholdChildInput.birthYear': 2015,
  'InviteAccountInput.role': 'ASSOCIATION_REPRESENTATIVE',
};

/** A plausible value, so that an edge case in one place reaches the code behind the others. */
function baseValue(type: GraphQLInputType, name: string, ids: Map<string, string[]>, parent = ''): unknown {
  if (`${parent}.${name}` in GOOD) return GOOD[`${parent}.${name}`];
  if (name in GOOD) return GOOD[name];
  if (isNonNullType(type)) return plausible(type.ofType, name, ids);
  // Optional: left out, unless it is a whole input object (a scope, a representative) or the id of
  // something there is (an association).
  if (isInputObjectType(type)) return plausible(type, name, ids);
  if (getNamedType(type).name === 'ID' && ids.has(tableOf(name))) return idFor(name, ids);
  return null;
}

function plausible(type: GraphQLInputType, name: string, ids: Map<string, string[]>): unknown {
  if (isNonNullType(type)) return plausible(type.ofType, name, ids);
  if (isListType(type)) {
    const item = isNonNullType(type.ofType) ? type.ofType.ofType : type.ofType;
    return isInputObjectType(item) ? [plausible(item, name, ids)] : [];
  }
  if (isInputObjectType(type)) {
    return Object.fromEntries(
      Object.values(type.getFields()).map((field) => [field.name, baseValue(field.type, field.name, ids, type.name)]),
    );
  }
  if (isEnumType(type)) return type.getValues()[0]?.value;
  switch (type.name) {
    case 'Int':
    case 'Float':
      return 1;
    case 'Boolean':
      return false;
    case 'DateTime':
      return '2027-01-15T10:00:00Z';
    case 'ID':
      return idFor(name, ids);
    default:
      if (/On$|date|until/i.test(name)) return '2026-09-01';
      if (/email/i.test(name)) return 'fuzz@example.org';
      if (/password/i.test(name)) return 'Fuzz-password-2026!';
      return 'Fuzz';
  }
}

/** The tables whose ids are tried in every ID argument. */
const ID_TABLES = [
  'account',
  'association',
  'fritidspas_grant',
  'locality',
  'match',
  'offer',
  'participant',
  'partnership_agreement',
  'volunteer',
];
/** What an `id` argument is the id of, by a word in the mutation's name. */
const ID_OF: [RegExp, string][] = [
  [/Match|Referral|ParticipantResponse/, 'match'],
  [/Volunteer|ChildCertificate|Training/, 'volunteer'],
  [/Offer/, 'offer'],
  [/PartnershipAgreement/, 'partnership_agreement'],
  [/Fritidspas/, 'fritidspas_grant'],
  [/Participant/, 'participant'],
  [/Association/, 'association'],
];

/** localityId → locality, participantIds → participant. */
function tableOf(name: string): string {
  return name
    .replace(/Ids?$/, '')
    .replace(/([a-z])([A-Z])/g, '$1_$2')
    .toLowerCase();
}

/** A real id of the table the argument names (localityId → locality; id → by the mutation's name). */
function idFor(name: string, ids: Map<string, string[]>, mutation = ''): string {
  const table =
    name === 'id'
      ? (ID_OF.find(([pattern]) => pattern.test(mutation))?.[1] ?? '')
      : name
          .replace(/Ids?$/, '')
          .replace(/([a-z])([A-Z])/g, '$1_$2')
          .toLowerCase();
  return ids.get(table)?.[0] ?? ids.get('locality')?.[0] ?? '00000000-0000-0000-0000-000000000000';
}

/** Each leaf (and each list) of an argument's value, with the path to it. */
function* positions(
  type: GraphQLInputType,
  path: (string | number)[],
): Generator<{ path: (string | number)[]; type: GraphQLInputType }> {
  yield { path, type };
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) yield* positions(inner.ofType, [...path, 0]);
  else if (isInputObjectType(inner)) {
    for (const field of Object.values(inner.getFields())) yield* positions(field.type, [...path, field.name]);
  }
}

function edgeValues(type: GraphQLInputType, ids: Map<string, string[]>, base: unknown): unknown[] {
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) {
    const item = (base as unknown[] | null)?.[0] ?? plausible(inner.ofType, '', ids);
    return [[], Array.from({ length: 2000 }, () => item), 'not a list'];
  }
  if (isInputObjectType(inner)) return [null, {}, 'not an object'];
  if (isEnumType(inner)) return [...inner.getValues().map((v) => v.value), 'NOT_A_VALUE', '', null];
  switch (inner.name) {
    case 'Int':
    case 'Float':
      return EDGE_INTS;
    case 'Boolean':
      return EDGE_BOOLEANS;
    case 'DateTime':
      return EDGE_DATETIMES;
    case 'ID':
      return [...EDGE_IDS, ...ID_TABLES.flatMap((table) => ids.get(table) ?? [])];
    default:
      return EDGE_STRINGS;
  }
}

function setAt(value: unknown, path: (string | number)[], leaf: unknown): unknown {
  if (path.length === 0) return leaf;
  const [head, ...rest] = path;
  if (Array.isArray(value)) {
    const copy = [...value];
    copy[head as number] = setAt(copy[head as number], rest, leaf);
    return copy;
  }
  const record = (value ?? {}) as Record<string, unknown>;
  return { ...record, [head as string]: setAt(record[head as string], rest, leaf) };
}

function show(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 37)}… (${text.length} chars)` : text;
}

function edgeCases(mutation: GraphQLField<unknown, unknown>, ids: Map<string, string[]>): Case[] {
  const base = Object.fromEntries(
    mutation.args.map((arg) => [
      arg.name,
      arg.name === 'id' ? idFor('id', ids, mutation.name) : baseValue(arg.type, arg.name, ids),
    ]),
  );
  const cases: Case[] = [{ label: 'plausible values', variables: base }];
  for (const arg of mutation.args) {
    for (const { path, type } of positions(arg.type, [arg.name])) {
      const baseHere = path.reduce<unknown>((v, key) => (v as Record<string | number, unknown>)?.[key], base);
      for (const edge of edgeValues(type, ids, baseHere)) {
        cases.push({ label: `${path.join('.')} = ${show(edge)}`, variables: setAt(base, path, edge) as never });
      }
    }
  }
  return cases;
}

function arbitraryFor(type: GraphQLInputType, ids: Map<string, string[]>): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return arbitraryFor(type.ofType, ids);
  const nullable = (arb: fc.Arbitrary<unknown>) => fc.option(arb, { freq: 8, nil: null });
  if (isListType(type)) return nullable(fc.array(arbitraryFor(type.ofType, ids), { maxLength: 4 }));
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields());
    return nullable(
      fc.record(Object.fromEntries(fields.map((field) => [field.name, arbitraryFor(field.type, ids)])), {
        requiredKeys: fields.filter((field) => isNonNullType(field.type)).map((field) => field.name),
      }),
    );
  }
  if (isEnumType(type)) return nullable(fc.constantFrom(...type.getValues().map((v) => v.value), 'NOT_A_VALUE'));
  const realIds = ID_TABLES.flatMap((table) => ids.get(table) ?? []);
  switch (type.name) {
    case 'Int':
    case 'Float':
      return nullable(fc.oneof(fc.integer(), fc.integer({ min: -5, max: 3000 }), fc.double()));
    case 'Boolean':
      return nullable(fc.boolean());
    case 'DateTime':
      return nullable(
        fc.oneof(
          fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
          fc.string(),
          fc.constantFrom(...EDGE_DATETIMES),
        ),
      );
    case 'ID':
      return nullable(fc.oneof(fc.uuid(), fc.string(), fc.constantFrom(...realIds, ...EDGE_IDS)));
    default:
      return nullable(
        fc.oneof(
          fc.string(),
          fc.string({ unit: 'binary' }),
          fc.string({ unit: 'grapheme', maxLength: 300 }),
          fc.constantFrom(...EDGE_STRINGS),
        ),
      );
  }
}

function randomCases(mutation: GraphQLField<unknown, unknown>, ids: Map<string, string[]>, seed: number): Case[] {
  if (mutation.args.length === 0) return [];
  const arb = fc.record(
    Object.fromEntries(mutation.args.map((arg: GraphQLArgument) => [arg.name, arbitraryFor(arg.type, ids)])),
  );
  return fc
    .sample(arb, { seed, numRuns: RANDOM_RUNS })
    .map((variables, i) => ({ label: `random #${i} (seed ${seed})`, variables }));
}

function documentFor(mutation: GraphQLField<unknown, unknown>): string {
  const declarations = mutation.args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
  const call = mutation.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const returned: GraphQLNamedType = getNamedType(mutation.type);
  const selection = isObjectType(returned)
    ? `{ __typename ${Object.values(returned.getFields())
        .filter((field) => field.args.length === 0 && isLeafType(getNamedType(field.type)))
        .map((field) => field.name)
        .join(' ')} }`
    : '';
  return `mutation Fuzz${declarations ? `(${declarations})` : ''} { ${mutation.name}${call ? `(${call})` : ''} ${selection} }`;
}

describe('every mutation, fuzzed with edge-case and random values', () => {
  let api: TestApp;
  const sessions = new Map<string, string>();
  const ids = new Map<string, string[]>();

  beforeAll(async () => {
    api = await createTestApp({ demoData: true });
    // A real id of every table (read as the owner, across tenants), so values reach past "not found".
    const tables = (await api.dataSource.query(
      `SELECT table_name FROM information_schema.columns
        WHERE table_schema = current_schema() AND column_name = 'id' AND data_type = 'uuid' ORDER BY table_name`,
    )) as { table_name: string }[];
    for (const { table_name } of tables) {
      const rows = (await api.dataSource.query(`SELECT id FROM "${table_name}" ORDER BY id LIMIT 1`)) as {
        id: string;
      }[];
      if (rows[0]) ids.set(table_name, [rows[0].id]);
    }
  });

  afterAll(async () => {
    await api?.close();
  });

  async function sessionFor(role: string, fresh = false): Promise<string> {
    const known = sessions.get(role);
    if (known && !fresh) return known;
    // The fuzzed signIn may have used up the address's failed-attempt allowance.
    await api.dataSource.query('DELETE FROM auth_throttle');
    const cookie = await api.signIn(EMAILS[role] ?? '', PASSWORD);
    sessions.set(role, cookie);
    return cookie;
  }

  async function call(
    document: string,
    variables: Record<string, unknown>,
    role: string | undefined,
  ): Promise<{ status: number; body: string }> {
    const send = async (cookie?: string) => {
      const response = await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
        body: JSON.stringify({ query: document, variables }),
      });
      return { status: response.status, body: await response.text() };
    };
    if (!role) return send();
    const first = await send(await sessionFor(role));
    if (!first.body.includes('"UNAUTHENTICATED"')) return first;
    return send(await sessionFor(role, true));
  }

  const summary: string[] = [];
  let total = 0;

  afterAll(() => {
    console.log(`Mutation fuzz: ${summary.length} mutations, ${total} requests\n${summary.join('\n')}`);
  });

  for (const [index, mutation] of mutationsInOrder().entries()) {
    const skipped = SKIPPED[mutation.name];
    if (skipped) {
      summary.push(`  ${mutation.name}: SKIPPED — ${skipped}`);
      it.skip(`${mutation.name} — skipped: ${skipped}`, () => undefined);
      continue;
    }
    const role = roleFor(mutation.name);
    it(`${mutation.name} as ${role ?? 'anonymous'} never answers 500 nor INTERNAL_SERVER_ERROR`, async () => {
      const document = documentFor(mutation);
      const cases = [...edgeCases(mutation, ids), ...randomCases(mutation, ids, SEED + index)];
      const failures: Failure[] = [];
      const codes = new Map<string, number>();
      let plausible = '';
      for (const { label, variables } of cases) {
        const { status, body } = await call(document, variables, role);
        let parsed: { errors?: { message: string; extensions?: { code?: string; reason?: string } }[] } | undefined;
        try {
          parsed = JSON.parse(body);
        } catch {
          parsed = undefined;
        }
        const code = parsed?.errors?.[0]?.extensions?.code ?? (parsed?.errors ? 'NO_CODE' : 'OK');
        codes.set(code, (codes.get(code) ?? 0) + 1);
        if (!plausible) plausible = code === 'OK' ? 'OK' : `${code}: ${parsed?.errors?.[0]?.message.slice(0, 80)}`;
        const internal = parsed?.errors?.find((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR');
        // The error filter's safety net: PostgreSQL refused a value that a check should have caught.
        const database = parsed?.errors?.find((e) => DATABASE_REFUSAL.test(e.message));
        if (database)
          failures.push({
            mutation: mutation.name,
            label,
            status,
            detail: `reached the database: ${database.message}`,
          });
        // Clients choose their text by reason: every error has one, whatever refused the value.
        const reasonless = parsed?.errors?.find((e) => typeof e.extensions?.reason !== 'string');
        if (reasonless) {
          failures.push({
            mutation: mutation.name,
            label,
            status,
            detail: `no extensions.reason: ${reasonless.extensions?.code}: ${reasonless.message.slice(0, 120)}`,
          });
        }
        if (status >= 500 || !parsed || internal) {
          failures.push({ mutation: mutation.name, label, status, detail: (internal?.message ?? body).slice(0, 160) });
        }
      }
      total += cases.length;
      const tally = [...codes].map(([code, n]) => `${code} ${n}`).join(', ');
      summary.push(
        `  ${mutation.name} as ${role ?? 'anonymous'}: ${cases.length} cases (${tally}); plausible values → ${plausible}`,
      );
      expect(failures.map((f) => `[${f.label}] → ${f.status}: ${f.detail}`)).toEqual([]);
      // A few hundred requests: generous on a busy machine (a cap, not a measurement).
    }, 600_000);
  }
});
