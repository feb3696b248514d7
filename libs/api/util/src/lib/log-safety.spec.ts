import { safeError, safeUrl } from './log-safety';

/** The shape TypeORM gives a failed query: the statement, its parameters and the driver's error. */
function queryFailed(): Error {
  const driverError = Object.assign(new Error('duplicate key value violates unique constraint "account_email_key"'), {
    code: '23505',
    detail: 'Key (email)=(nadia@example.dk) already exists.',
    table: 'account',
    constraint: 'account_email_key',
  });
  return Object.assign(new Error(driverError.message), {
    name: 'QueryFailedError',
    query: `INSERT INTO "account"("email", "display_name") VALUES ($1, $2)`,
    parameters: ['nadia@example.dk', 'Nadia Hassan'],
    driverError,
  });
}

describe('safeError', () => {
  it('keeps the kind, SQLSTATE, table, constraint and SQL, and drops parameters and detail', () => {
    const logged = JSON.stringify(safeError(queryFailed()));
    expect(JSON.parse(logged)).toMatchObject({
      sqlState: '23505',
      table: 'account',
      constraint: 'account_email_key',
      query: 'INSERT INTO "account"("email", "display_name") VALUES ($1, $2)',
    });
    expect(logged).not.toContain('nadia@example.dk');
    expect(logged).not.toContain('Nadia Hassan');
  });

  it('hides values PostgreSQL quotes in a message, string literals in SQL, and any email address', () => {
    const error = Object.assign(new Error('invalid input syntax for type uuid: "Layla Haddad"'), {
      code: '22P02',
      query: `SELECT * FROM participant WHERE note = 'Layla ringer i morgen'`,
    });
    const logged = JSON.stringify(safeError(error));
    expect(logged).not.toContain('Layla');
    expect(JSON.stringify(safeError(new Error('Recipient <x.y@example.dk> rejected')))).not.toContain('x.y@example');
  });

  it('logs the stack frames but not the first line, which repeats the message', () => {
    const error = new Error('invalid input: "Omar"');
    const safe = safeError(Object.assign(error, { code: '22P02' }));
    expect(safe.stack).toMatch(/^\s+at /);
    expect(safe.stack).not.toContain('Omar');
  });
});

describe('safeUrl', () => {
  it('drops the query string, which may carry a token', () => {
    expect(safeUrl('/nulstil-adgangskode?token=abc123')).toBe('/nulstil-adgangskode?…');
    expect(safeUrl('/graphql')).toBe('/graphql');
  });
});
