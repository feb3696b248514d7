import { ConfigError, loadConfig, sessionCookieSecure } from './app-config';

function problemsOf(env: NodeJS.ProcessEnv): string[] {
  try {
    loadConfig(env, '/srv/brobygger');
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('loadConfig', () => {
  it('defaults to port 3000, the embedded database in .data/pglite and demo data', () => {
    const config = loadConfig({}, '/srv/brobygger');
    expect(config).toMatchObject({
      port: 3000,
      databaseUrl: undefined,
      dataDir: '/srv/brobygger/.data/pglite',
      demoData: true,
      production: false,
      scheduledJobs: true,
    });
  });

  it('runs the scheduled jobs except under NODE_ENV=test, unless SCHEDULED_JOBS says', () => {
    expect(loadConfig({ NODE_ENV: 'test' }).scheduledJobs).toBe(false);
    expect(loadConfig({ NODE_ENV: 'test', SCHEDULED_JOBS: 'true' }).scheduledJobs).toBe(true);
    expect(loadConfig({ SCHEDULED_JOBS: 'false' }).scheduledJobs).toBe(false);
    expect(problemsOf({ SCHEDULED_JOBS: 'yes' })).toEqual(['SCHEDULED_JOBS must be true or false (got "yes")']);
  });

  it('takes PORT and DATABASE_URL', () => {
    const config = loadConfig({ PORT: '8080', DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/test' });
    expect(config.port).toBe(8080);
    expect(config.databaseUrl).toBe('postgres://postgres@127.0.0.1:5432/test');
  });

  it('takes the owner login for migrations beside the app login, never without one', () => {
    const config = loadConfig({
      DATABASE_URL: 'postgres://brobygger_runtime@db/brobygger',
      MIGRATION_DATABASE_URL: 'postgres://brobygger_owner@db/brobygger',
    });
    expect(config.migrationDatabaseUrl).toBe('postgres://brobygger_owner@db/brobygger');
    expect(problemsOf({ MIGRATION_DATABASE_URL: 'postgres://brobygger_owner@db/brobygger' })).toEqual([
      'MIGRATION_DATABASE_URL needs DATABASE_URL: the embedded database migrates itself',
    ]);
    expect(problemsOf({ DATABASE_URL: 'postgres://a@db/b', MIGRATION_DATABASE_URL: 'mysql://x' })).toEqual([
      'MIGRATION_DATABASE_URL must be a postgres:// or postgresql:// URL',
    ]);
  });

  it('names the variable that is wrong', () => {
    expect(problemsOf({ PORT: 'eighty' })).toEqual(['PORT must be a whole number from 0 to 65535 (got "eighty")']);
    expect(problemsOf({ DATABASE_URL: 'mysql://x' })).toEqual([
      'DATABASE_URL must be a postgres:// or postgresql:// URL',
    ]);
    expect(problemsOf({ LOG_LEVEL: 'loud' })[0]).toMatch(/^LOG_LEVEL must be one of/);
  });

  const PRODUCTION = {
    NODE_ENV: 'production',
    DATABASE_URL: 'postgres://app@db/brobygger',
    PUBLIC_URL: 'https://brobygger.frederikssund.dk',
  };

  it('refuses production without a database server and its https address', () => {
    const problems = problemsOf({ NODE_ENV: 'production' });
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^DATABASE_URL is required when NODE_ENV=production/);
    expect(problems[1]).toMatch(/^PUBLIC_URL is required when NODE_ENV=production/);
  });

  it('accepts production with both, and then loads no demo data', () => {
    const config = loadConfig(PRODUCTION);
    expect(config.production).toBe(true);
    expect(config.demoData).toBe(false);
    expect(config.publicUrl).toBe('https://brobygger.frederikssund.dk');
  });

  it('refuses the demo in production: its accounts have a published password and its outbox shows links', () => {
    const problems = problemsOf({ ...PRODUCTION, DEMO_DATA: 'true' });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^DEMO_DATA=true is refused when NODE_ENV=production/);
    expect(problemsOf({ ...PRODUCTION, DEMO_DATA: 'false' })).toEqual([]);
  });

  it('refuses a PUBLIC_URL that is not https in production', () => {
    for (const publicUrl of ['http://brobygger.frederikssund.dk', 'http://localhost:3000', 'https://', 'ftp://x']) {
      expect(problemsOf({ ...PRODUCTION, PUBLIC_URL: publicUrl })).toEqual([
        `PUBLIC_URL must be an https:// URL when NODE_ENV=production (got "${publicUrl}")`,
      ]);
    }
    // Outside production, http:// stays fine (a developer's machine, a test server).
    expect(problemsOf({ PUBLIC_URL: 'http://brobygger.test' })).toEqual([]);
  });

  it('has no session secret to ask for: nothing is signed with one', () => {
    expect(problemsOf(PRODUCTION)).toEqual([]);
    expect(loadConfig(PRODUCTION)).not.toHaveProperty('sessionSecret');
  });
});

describe('sessionCookieSecure', () => {
  it('is Secure in production whatever PUBLIC_URL says', () => {
    expect(sessionCookieSecure({ production: true, publicUrl: 'http://localhost:3000' })).toBe(true);
    expect(sessionCookieSecure({ production: true, publicUrl: 'https://brobygger.frederikssund.dk' })).toBe(true);
  });

  it('outside production, Secure except on http://localhost', () => {
    expect(sessionCookieSecure({ production: false, publicUrl: 'http://localhost:3000' })).toBe(false);
    expect(sessionCookieSecure({ production: false, publicUrl: 'http://127.0.0.1' })).toBe(false);
    expect(sessionCookieSecure({ production: false, publicUrl: 'http://localhost.evil.example' })).toBe(true);
    expect(sessionCookieSecure({ production: false, publicUrl: 'https://test.brobygger.dk' })).toBe(true);
  });

  it('takes TRUST_PROXY as false, a hop count or proxy addresses, and refuses true or nonsense', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8,::1' }).trustProxy).toEqual([
      'loopback',
      '10.0.0.0/8',
      '::1',
    ]);
    expect(problemsOf({ TRUST_PROXY: 'true' })[0]).toMatch(/^TRUST_PROXY=true would let every client choose/);
    expect(problemsOf({ TRUST_PROXY: '10.0.0.0/33,proxy' })[0]).toMatch(
      /^TRUST_PROXY must be false, .*\(not understood: "10.0.0.0\/33", "proxy"\)$/,
    );
  });
});
