import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLOutputType,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
} from 'graphql';
import { ROLES, type Role } from '@brobygger/api/util';
import { createTestApp, type TestApp } from '../../test/test-app';
import { ACCESS_RULES } from './access-rules';

const SCALARS: Record<string, string> = {
  String: '"x"',
  ID: '"00000000-0000-4000-8000-000000000000"',
  Int: '1',
  Float: '1.5',
  Boolean: 'false',
  DateTime: '"2026-01-01T00:00:00Z"',
};

/** A syntactically valid value for any input type: enough to get past validation to the guard. */
function dummyValue(type: GraphQLInputType): string {
  if (isNonNullType(type)) return dummyValue(type.ofType);
  if (isListType(type)) return `[${dummyValue(type.ofType)}]`;
  if (isEnumType(type)) return type.getValues().at(-1)?.name ?? '';
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields()).filter((f) => isNonNullType(f.type) && f.defaultValue === undefined);
    return `{ ${fields.map((f) => `${f.name}: ${dummyValue(f.type)}`).join(', ')} }`;
  }
  if (isScalarType(type)) return SCALARS[type.name] ?? '"x"';
  throw new Error(`No dummy value for ${String(type)}`);
}

function selection(type: GraphQLOutputType): string {
  return isObjectType(getNamedType(type)) ? ' { __typename }' : '';
}

function operation(kind: 'Query' | 'Mutation', field: GraphQLField<unknown, unknown>): string {
  const args = field.args.filter(
    (a: GraphQLArgument) => isNonNullType(a.type) || isInputObjectType(getNamedType(a.type)),
  );
  const argText = args.length ? `(${args.map((a) => `${a.name}: ${dummyValue(a.type)}`).join(', ')})` : '';
  return `${kind === 'Query' ? 'query' : 'mutation'} { ${field.name}${argText}${selection(field.type)} }`;
}

/** The guard's own refusals, told apart from a business rule's FORBIDDEN or a bad dummy value. */
const ACCESS_DENIED = new Set(['You do not have access to this.', 'Please sign in first.']);

describe('the access matrix: every root field × every role and anonymous', () => {
  let api: TestApp;
  const accounts = new Map<Role, string>();

  beforeAll(async () => {
    api = await createTestApp();
    for (const role of ROLES) accounts.set(role, (await api.signInAs(role)).accountId);
  });

  afterAll(async () => {
    await api?.close();
  });

  it('has a rule for every root field, and no rule for a field that does not exist', () => {
    const schema = api.started.app.get(GraphQLSchemaHost).schema;
    const fields = (['Query', 'Mutation'] as const).flatMap((kind) => {
      const root = schema.getType(kind);
      return isObjectType(root) ? Object.keys(root.getFields()).map((name) => `${kind}.${name}`) : [];
    });
    expect([...fields].sort()).toEqual(Object.keys(ACCESS_RULES).sort());
  });

  it('allows and denies exactly as the rule table says', async () => {
    const schema = api.started.app.get(GraphQLSchemaHost).schema;
    const callers: (Role | 'anonymous')[] = ['anonymous', ...ROLES];
    const mismatches: string[] = [];
    for (const kind of ['Query', 'Mutation'] as const) {
      const root = schema.getType(kind);
      if (!isObjectType(root)) continue;
      for (const field of Object.values(root.getFields())) {
        const rule = ACCESS_RULES[`${kind}.${field.name}`];
        for (const caller of callers) {
          const accountId = caller === 'anonymous' ? undefined : accounts.get(caller);
          // A fresh session each time: signOut and signOutEverywhere end theirs.
          const session = accountId ? await api.sessionFor(accountId) : undefined;
          const result = await api.graphql(operation(kind, field), undefined, session);
          const denied = (result.errors ?? []).some((e) => ACCESS_DENIED.has(e.message));
          const shouldAllow = rule === 'public' || (caller !== 'anonymous' && (rule ?? []).includes(caller));
          if (denied === shouldAllow) {
            mismatches.push(
              `${kind}.${field.name} as ${caller}: ${denied ? 'denied' : 'allowed'}, rule says ${shouldAllow ? 'allow' : 'deny'}`,
            );
          }
          if (denied && caller === 'anonymous') {
            expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
          }
        }
      }
    }
    expect(mismatches).toEqual([]);
  });
});
