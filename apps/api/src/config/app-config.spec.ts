import { ConfigError, loadConfig } from './app-config';

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
    });
  });

  it('takes PORT and DATABASE_URL', () => {
    const config = loadConfig({ PORT: '8080', DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/test' });
    expect(config.port).toBe(8080);
    expect(config.databaseUrl).toBe('postgres://postgres@127.0.0.1:5432/test');
  });

  it('names the variable that is wrong', () => {
    expect(problemsOf({ PORT: 'eighty' })).toEqual(['PORT must be a whole number from 0 to 65535 (got "eighty")']);
    expect(problemsOf({ DATABASE_URL: 'mysql://x' })).toEqual([
      'DATABASE_URL must be a postgres:// or postgresql:// URL',
    ]);
    expect(problemsOf({ LOG_LEVEL: 'loud' })[0]).toMatch(/^LOG_LEVEL must be one of/);
  });

  it('refuses production without a database server and a session secret', () => {
    const problems = problemsOf({ NODE_ENV: 'production' });
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^DATABASE_URL is required when NODE_ENV=production/);
    expect(problems[1]).toBe('SESSION_SECRET is required when NODE_ENV=production');
  });

  it('accepts production with both, and then loads no demo data unless asked', () => {
    const config = loadConfig({
      NODE_ENV: 'production',
      DATABASE_URL: 'postgres://app@db/brobygger',
      SESSION_SECRET: 'x'.repeat(32),
    });
    expect(config.production).toBe(true);
    expect(config.demoData).toBe(false);
  });

  it('refuses a short session secret', () => {
    expect(problemsOf({ SESSION_SECRET: 'short' })).toEqual(['SESSION_SECRET must be at least 32 characters long']);
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
