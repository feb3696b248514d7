/**
 * Logs carry no personal data: an error is logged by its kind, its database facts (SQLSTATE,
 * table, column, constraint) and the SQL text — never the query's parameters, the database's
 * `detail` ("Key (email)=(…)"), nor values quoted inside a message.
 */

/** Fields of a log object whose values are personal data or secrets, wherever they appear. */
export const PERSONAL_LOG_FIELDS = [
  'email',
  'recipient',
  'password',
  'passwordHash',
  'token',
  'firstName',
  'lastName',
  'displayName',
  'name',
  'birthYear',
  'phone',
  'address',
  'notes',
  'note',
  'body',
  'parameters',
  'detail',
] as const;

/** pino `redact` paths for the fields above, at the top and one level down. */
export const PERSONAL_LOG_REDACTIONS: string[] = PERSONAL_LOG_FIELDS.flatMap((field) => [field, `*.${field}`]);

const EMAIL = /[^\s@"'<>(),;:]+@[^\s@"'<>(),;:]+\.[a-z]{2,}/gi;
/** Values PostgreSQL quotes inside messages, e.g. `invalid input syntax for type uuid: "…"`. */
const QUOTED = /"(?:[^"\\]|\\.)*"/g;
/** String literals inside SQL text (parameterised queries have none, but raw ones might). */
const SQL_LITERAL = /'(?:[^']|'')*'/g;

export interface SafeError {
  type: string;
  message: string;
  stack?: string;
  sqlState?: string;
  table?: string;
  column?: string;
  constraint?: string;
  routine?: string;
  /** The statement, with any string literal replaced; parameters are never logged. */
  query?: string;
  cause?: SafeError;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** A message with e-mail addresses, and for database errors every quoted value, replaced. */
function redactMessage(message: string, fromDatabase: boolean): string {
  const withoutEmails = message.replace(EMAIL, '[email]');
  return fromDatabase ? withoutEmails.replace(QUOTED, '"…"') : withoutEmails;
}

/** The stack's frames only: its first line repeats the message, which may hold data. */
function framesOf(stack: unknown): string | undefined {
  if (typeof stack !== 'string') return undefined;
  const frames = stack
    .split('\n')
    .filter((line) => /^\s+at /.test(line))
    .join('\n');
  return frames || undefined;
}

/** What may be logged of an error (pino serializer for `err`). */
export function safeError(error: unknown, depth = 0): SafeError {
  // Errors from another realm (a VM, a worker) fail `instanceof Error`: any object is read by shape.
  if (typeof error !== 'object' || error === null) {
    return { type: typeof error, message: redactMessage(String(error), true) };
  }
  const source = error as Partial<Error> & Record<string, unknown>;
  const driver = (source['driverError'] ?? source) as Record<string, unknown>;
  const sqlState =
    text(driver['code']) && /^[0-9A-Z]{5}$/.test(String(driver['code'])) ? String(driver['code']) : undefined;
  const fromDatabase = sqlState !== undefined || 'driverError' in source || 'query' in source;
  const query = text(source['query']);
  const safe: SafeError = {
    type: (source.constructor !== Object && source.constructor?.name) || text(source.name) || 'Error',
    message: redactMessage(text(source.message) ?? '', fromDatabase),
    stack: framesOf(source.stack),
    sqlState,
    table: text(driver['table']),
    column: text(driver['column']),
    constraint: text(driver['constraint']),
    routine: text(driver['routine']),
    query: query ? query.replace(SQL_LITERAL, "'…'").replace(EMAIL, '[email]') : undefined,
  };
  if (source.cause !== undefined && depth < 3) safe.cause = safeError(source.cause, depth + 1);
  for (const key of Object.keys(safe) as (keyof SafeError)[]) if (safe[key] === undefined) delete safe[key];
  return safe;
}

/** A request URL without its query string, which may carry a sign-in, reset or invitation token. */
export function safeUrl(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  const at = url.indexOf('?');
  return at === -1 ? url : `${url.slice(0, at)}?…`;
}
