import {
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLSchema,
  Kind,
  type OperationDefinitionNode,
  TypeInfo,
  type ValueNode,
  type GraphQLEnumType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  visit,
  visitWithTypeInfo,
} from 'graphql';
import { InputErrorReason } from './common.errors';

/** A value no resolver can use, found before any of them runs. */
export interface InputProblem {
  /** Named as resolvers name fields: inside an input object by the path in it (`household[0].firstName`), else the argument (`until`). */
  readonly field: string;
  readonly reason: InputErrorReason;
  readonly message: string;
  /** What a client needs to word the problem itself, e.g. the allowed values of an enum. */
  readonly details?: Readonly<Record<string, string>>;
}

const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})$/i;

/** An ISO 8601 date-time with a real calendar date and time of day (no 2026-02-30, no 25:00). */
export function isIsoDateTime(value: string): boolean {
  const match = ISO_DATE_TIME.exec(value);
  if (!match) return false;
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map((part) => Number(part ?? 0)) as number[];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day &&
    hour < 24 &&
    minute < 60 &&
    second < 60 &&
    !Number.isNaN(new Date(value).getTime())
  );
}

/** Half of a UTF-16 surrogate pair without the other half: not a character, cannot be stored. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

type LeafProblem = Omit<InputProblem, 'field'>;

function leafProblem(typeName: string, value: unknown): LeafProblem | undefined {
  if (typeof value === 'string' && value.includes('\u0000')) {
    return { reason: InputErrorReason.INVALID_CHARACTER, message: 'must not contain a NUL character (U+0000)' };
  }
  if (typeof value === 'string' && LONE_SURROGATE.test(value)) {
    return { reason: InputErrorReason.INVALID_CHARACTER, message: 'must be text of whole Unicode characters' };
  }
  if (typeName === 'DateTime' && (typeof value !== 'string' || !isIsoDateTime(value))) {
    return {
      reason: InputErrorReason.INVALID_FORMAT,
      message: 'must be an ISO 8601 date-time such as 2026-05-01T10:00:00Z',
    };
  }
  return undefined;
}

/**
 * A variable's value that its enum does not have. GraphQL would refuse it too, but without naming the
 * field or giving a reason; the domains' own refusals of a closed list read the same.
 */
function enumProblem(type: GraphQLEnumType, value: unknown): LeafProblem | undefined {
  if (typeof value === 'string' && type.getValue(value)) return undefined;
  const allowed = type.getValues().map((v) => v.name);
  return {
    reason: InputErrorReason.NOT_ALLOWED_VALUE,
    message: `must be one of ${allowed.join(', ')}`,
    details: { allowed: allowed.join(', ') },
  };
}

type Path = (string | number)[];

function fieldName(path: Path): string {
  // The argument's own name is left out when the problem is inside it, as resolvers name fields.
  const inner = path.length > 1 && typeof path[1] === 'string' ? path.slice(1) : path;
  return inner.map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? part : `.${part}`)).join('');
}

/** Walks a variable's JSON value along its GraphQL type. */
function checkValue(type: GraphQLInputType, value: unknown, path: Path): InputProblem | undefined {
  if (value === null || value === undefined) return undefined;
  if (isNonNullType(type)) return checkValue(type.ofType, value, path);
  if (isListType(type)) {
    if (!Array.isArray(value)) return checkValue(type.ofType, value, path);
    for (const [i, item] of value.entries()) {
      const problem = checkValue(type.ofType, item, [...path, i]);
      if (problem) return problem;
    }
    return undefined;
  }
  if (isInputObjectType(type)) {
    if (typeof value !== 'object' || Array.isArray(value)) return undefined;
    const fields = type.getFields();
    for (const [name, fieldValue] of Object.entries(value as Record<string, unknown>)) {
      const field = fields[name];
      const problem = field ? checkValue(field.type, fieldValue, [...path, name]) : undefined;
      if (problem) return problem;
    }
    return undefined;
  }
  const problem = isEnumType(type) ? enumProblem(type, value) : leafProblem(type.name, value);
  return problem ? { field: fieldName(path), ...problem } : undefined;
}

/** Walks an inline value (which may hold variables) along its GraphQL type. */
function checkLiteral(
  type: GraphQLInputType,
  node: ValueNode,
  variables: Record<string, unknown>,
  path: Path,
): InputProblem | undefined {
  if (node.kind === Kind.VARIABLE) return checkValue(type, variables[node.name.value], path);
  if (node.kind === Kind.NULL) return undefined;
  if (isNonNullType(type)) return checkLiteral(type.ofType, node, variables, path);
  if (isListType(type)) {
    if (node.kind !== Kind.LIST) return checkLiteral(type.ofType, node, variables, path);
    for (const [i, item] of node.values.entries()) {
      const problem = checkLiteral(type.ofType, item, variables, [...path, i]);
      if (problem) return problem;
    }
    return undefined;
  }
  if (isInputObjectType(type)) {
    if (node.kind !== Kind.OBJECT) return undefined;
    const fields = type.getFields();
    for (const fieldNode of node.fields) {
      const field = fields[fieldNode.name.value];
      const problem = field
        ? checkLiteral(field.type, fieldNode.value, variables, [...path, fieldNode.name.value])
        : undefined;
      if (problem) return problem;
    }
    return undefined;
  }
  if (!isScalarType(type)) return undefined;
  const problem = leafProblem(type.name, node.kind === Kind.STRING ? node.value : node);
  return problem ? { field: fieldName(path), ...problem } : undefined;
}

/**
 * The first argument value of the operation (inline or in a variable, at any depth) that no
 * resolver can take: a string with a NUL character or half a surrogate pair (PostgreSQL cannot
 * store either in text or jsonb), or a DateTime that is not a real ISO 8601 date-time (the
 * standard scalar would make it an Invalid Date).
 * Run on a validated document, before execution.
 */
export function findInputProblem(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> = {},
): InputProblem | undefined {
  // Only the operation and the fragments it can reach matter; checking every fragment is simpler and
  // no less safe (a validated document has no unused fragments).
  const nodes = document.definitions.filter(
    (definition) => definition === operation || definition.kind === Kind.FRAGMENT_DEFINITION,
  );
  const typeInfo = new TypeInfo(schema);
  let problem: InputProblem | undefined;
  for (const node of nodes) {
    visit(
      node,
      visitWithTypeInfo(typeInfo, {
        VariableDefinition(definition) {
          const type = typeInfo.getInputType();
          if (!problem && type && definition.defaultValue) {
            problem = checkLiteral(type, definition.defaultValue, {}, [definition.variable.name.value]);
          }
          return false;
        },
        Argument(argumentNode) {
          const argument = typeInfo.getArgument();
          if (problem || !argument) return false;
          problem = checkLiteral(argument.type, argumentNode.value, variables, [argumentNode.name.value]);
          return false;
        },
      }),
    );
    if (problem) return problem;
  }
  return problem;
}
