import { buildSchema, parse, type OperationDefinitionNode } from 'graphql';
import { findInputProblem, isIsoDateTime } from './input-guard';
import { InputErrorReason } from './common.errors';

const schema = buildSchema(`
  scalar DateTime
  enum Level { NATIVE, FLUENT }
  input Child { firstName: String!, born: DateTime, levels: [Level!] }
  input Person { name: String!, children: [Child!]! = [], tags: [String!] }
  type Query { ok: Boolean }
  type Mutation {
    register(input: Person!, note: String, at: DateTime, ids: [ID!]): Boolean
  }
`);

function problem(query: string, variables?: Record<string, unknown>) {
  const document = parse(query);
  const operation = document.definitions.find((d) => d.kind === 'OperationDefinition') as OperationDefinitionNode;
  return findInputProblem(schema, document, operation, variables);
}

describe('findInputProblem', () => {
  it('passes ordinary values, inline and in variables', () => {
    expect(
      problem(
        'mutation { register(input: { name: "Ali", children: [{ firstName: "Sara", born: "2015-03-01T00:00:00Z" }] }) }',
      ),
    ).toBeUndefined();
    expect(
      problem('mutation ($p: Person!, $at: DateTime) { register(input: $p, at: $at) }', {
        p: { name: 'مرحبا 👩‍👧', tags: ['a'] },
        at: '2026-05-01T10:00:00.123+02:00',
      }),
    ).toBeUndefined();
  });

  it('names a NUL character’s field by its path inside the input, as resolvers do', () => {
    expect(
      problem('mutation ($p: Person!) { register(input: $p) }', {
        p: { name: 'Ali', children: [{ firstName: 'Sara' }, { firstName: 'Om\u0000ar' }] },
      }),
    ).toEqual({
      field: 'children[1].firstName',
      reason: InputErrorReason.INVALID_CHARACTER,
      message: 'must not contain a NUL character (U+0000)',
    });
    expect(problem('mutation { register(input: { name: "A", tags: ["x", "\\u0000"] }) }')?.field).toBe('tags[1]');
    expect(problem('mutation ($n: String) { register(input: { name: "A" }, note: $n) }', { n: '\u0000' })?.field).toBe(
      'note',
    );
    expect(problem('mutation ($i: ID!) { register(input: { name: "A" }, ids: [$i]) }', { i: 'x\u0000' })?.field).toBe(
      'ids[0]',
    );
  });

  it('finds a variable inside an inline object and a default value', () => {
    expect(problem('mutation ($n: String!) { register(input: { name: $n }) }', { n: 'a\u0000' })?.field).toBe('name');
    expect(problem('mutation ($n: String = "\\u0000") { register(input: { name: "A" }, note: $n) }')?.field).toBe('n');
  });

  it('refuses a variable’s value its enum does not have, naming the field and the allowed values', () => {
    const query = 'mutation ($p: Person!) { register(input: $p) }';
    expect(problem(query, { p: { name: 'A', children: [{ firstName: 'S', levels: ['FLUENT'] }] } })).toBeUndefined();
    expect(problem(query, { p: { name: 'A', children: [{ firstName: 'S', levels: ['NATIVE', 'fluent'] }] } })).toEqual({
      field: 'children[0].levels[1]',
      reason: InputErrorReason.NOT_ALLOWED_VALUE,
      message: 'must be one of NATIVE, FLUENT',
      details: { allowed: 'NATIVE, FLUENT' },
    });
  });

  it('refuses half a surrogate pair but keeps whole ones', () => {
    expect(problem('mutation ($n: String) { register(input: { name: "A" }, note: $n) }', { n: 'a\uD800b' })).toEqual({
      field: 'note',
      reason: InputErrorReason.INVALID_CHARACTER,
      message: 'must be text of whole Unicode characters',
    });
    expect(problem('mutation ($n: String) { register(input: { name: "A" }, note: $n) }', { n: '😀' })).toBeUndefined();
  });

  it('refuses a DateTime that is no real date-time, inline or in a variable', () => {
    expect(problem('mutation { register(input: { name: "A" }, at: "2026-13-45") }')?.field).toBe('at');
    expect(
      problem('mutation ($p: Person!) { register(input: $p) }', {
        p: { name: 'A', children: [{ firstName: 'S', born: 'not a date' }] },
      }),
    ).toEqual({
      field: 'children[0].born',
      reason: InputErrorReason.INVALID_FORMAT,
      message: 'must be an ISO 8601 date-time such as 2026-05-01T10:00:00Z',
    });
    expect(problem('mutation ($at: DateTime) { register(input: { name: "A" }, at: $at) }', { at: 12345 })?.field).toBe(
      'at',
    );
  });
});

describe('isIsoDateTime', () => {
  it.each(['2026-05-01T10:00:00Z', '2026-05-01T10:00Z', '2024-02-29T23:59:59.999Z', '2026-05-01T10:00:00+02:00'])(
    'takes %s',
    (value) => expect(isIsoDateTime(value)).toBe(true),
  );
  it.each(['2026-13-45T00:00:00Z', '2026-02-30T10:00:00Z', '2026-05-01T24:00:00Z', '2026-05-01', 'not a date', ''])(
    'refuses %j',
    (value) => expect(isIsoDateTime(value)).toBe(false),
  );
});
