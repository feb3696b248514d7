import { isIP } from 'node:net';
import { isAbsolute, resolve } from 'node:path';

export interface AppConfig {
  readonly production: boolean;
  readonly port: number;
  /** Absent: embedded PostgreSQL (PGlite) keeping its data in `dataDir`. */
  readonly databaseUrl?: string;
  /**
   * The owner's login, for migrations (and the demo seed) only; the app itself then runs as the
   * DATABASE_URL login, which needs no more than membership of `brobygger_app`. Absent: DATABASE_URL
   * migrates too (development; then that login must own the schema).
   */
  readonly migrationDatabaseUrl?: string;
  readonly dataDir: string;
  readonly logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Where the built web app is, served at `/`. */
  readonly webDistDir: string;
  /** Load the Frederikssund demo data into an empty database. */
  readonly demoData: boolean;
  /** Where people reach the app, for links in emails. */
  readonly publicUrl: string;
  readonly smtpUrl?: string;
  readonly mailFrom: string;
  readonly sessionIdleMinutes: number;
  readonly sessionAbsoluteHours: number;
  readonly invitationDays: number;
  /** How often the mail outbox is checked for due emails (it is also drained right after each enqueue). */
  readonly mailPollSeconds: number;
  /**
   * Run the scheduled jobs (mail poll, proposal expiry, retention, reminders, throttle pruning).
   * Off under NODE_ENV=test: a test calls the service method it needs (e.g. drainMail()) instead.
   */
  readonly scheduledJobs: boolean;
  /** The public site's municipality (official code; Frederikssund is 250). */
  readonly defaultMunicipalityCode: string;
  readonly accessLogRetentionMonths: number;
  /** Child certificates are renewed this many months after they were checked. */
  readonly childCertificateRenewalMonths: number;
  /** Days a volunteer or association has to answer an approved proposal. */
  readonly matchResponseDays: number;
  /** The coordinator's dashboard flags people waiting (or volunteers idle) longer than this. */
  readonly waitingAlertDays: number;
  /** Express's `trust proxy`: which proxies' X-Forwarded-For gives the client address (see parseTrustProxy). */
  readonly trustProxy: TrustProxy;
}

/** false (the default: the connection's address), a number of proxy hops, or the proxies' addresses. */
export type TrustProxy = false | number | string[];

const TRUST_PROXY_PRESETS = ['loopback', 'linklocal', 'uniquelocal'];

/**
 * TRUST_PROXY: `false` (default), a hop count (`1`: one proxy in front, e.g. the load balancer), or
 * a comma-separated list of the proxies' addresses, subnets (10.0.0.0/8) or Express's presets
 * (loopback, linklocal, uniquelocal). `true` is refused: it would take the client's own claim.
 */
export function parseTrustProxy(raw: string | undefined): TrustProxy | string {
  const value = (raw ?? '').trim();
  if (value === '' || value === 'false') return false;
  if (/^\d+$/.test(value)) return Number(value);
  if (value === 'true') {
    return 'TRUST_PROXY=true would let every client choose its own address: give the number of proxies in front of the api, or their addresses';
  }
  const entries = value.split(',').map((entry) => entry.trim());
  const bad = entries.filter((entry) => {
    if (TRUST_PROXY_PRESETS.includes(entry)) return false;
    const [address, bits, ...rest] = entry.split('/');
    if (rest.length > 0 || !isIP(address)) return true;
    if (bits === undefined) return false;
    const max = isIP(address) === 4 ? 32 : 128;
    return !/^\d+$/.test(bits) || Number(bits) > max;
  });
  if (bad.length > 0) {
    return `TRUST_PROXY must be false, a number of proxies, or addresses/subnets (${TRUST_PROXY_PRESETS.join(', ')} allowed) separated by commas (not understood: "${bad.join('", "')}")`;
  }
  return entries;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/**
 * Whether the session cookie is `Secure` (sent over https only): always in production, whatever
 * PUBLIC_URL says; elsewhere too, except when the app is reached on http://localhost (development).
 */
export function sessionCookieSecure(config: Pick<AppConfig, 'production' | 'publicUrl'>): boolean {
  return config.production || !/^http:\/\/(localhost|127\.0\.0\.1)(:|\/|$)/.test(config.publicUrl);
}

function isHttpsUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.hostname !== '';
  } catch {
    return false;
  }
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/**
 * Reads and validates the environment once, at start. Every problem is reported together, each
 * naming the variable, so a bad deployment fails before it serves a request.
 */
export function loadConfig(env: NodeJS.ProcessEnv, cwd = process.cwd()): AppConfig {
  const problems: string[] = [];
  const nodeEnv = env['NODE_ENV'] ?? 'development';
  if (!['development', 'production', 'test'].includes(nodeEnv)) {
    problems.push(`NODE_ENV must be development, production or test (got "${nodeEnv}")`);
  }
  const production = nodeEnv === 'production';

  let port = 3000;
  if (env['PORT'] !== undefined && env['PORT'] !== '') {
    const parsed = Number(env['PORT']);
    if (!Number.isInteger(parsed) || parsed < 0 || parsed > 65535) {
      problems.push(`PORT must be a whole number from 0 to 65535 (got "${env['PORT']}")`);
    } else port = parsed;
  }

  const postgresUrl = (name: string): string | undefined => {
    const url = env[name] || undefined;
    if (url === undefined) return undefined;
    let protocol = '';
    try {
      protocol = new URL(url).protocol;
    } catch {
      protocol = '';
    }
    if (protocol !== 'postgres:' && protocol !== 'postgresql:') {
      problems.push(`${name} must be a postgres:// or postgresql:// URL`);
    }
    return url;
  };
  const databaseUrl = postgresUrl('DATABASE_URL');
  const migrationDatabaseUrl = postgresUrl('MIGRATION_DATABASE_URL');
  if (migrationDatabaseUrl && !databaseUrl) {
    problems.push('MIGRATION_DATABASE_URL needs DATABASE_URL: the embedded database migrates itself');
  }

  // No SESSION_SECRET: sessions and emailed links are random 256-bit tokens that the database
  // keeps only as SHA-256 hashes, so there is nothing to sign, and a leaked copy of the database
  // yields no usable token. A secret "pepper" in those hashes would only stop someone who can write
  // to the database, and they could as well write a password hash or a role of their choosing.
  if (production && !databaseUrl) {
    problems.push(
      'DATABASE_URL is required when NODE_ENV=production: the embedded database is for demos and development only',
    );
  }

  const logLevel = (env['LOG_LEVEL'] ?? (nodeEnv === 'test' ? 'warn' : 'info')) as AppConfig['logLevel'];
  if (!LOG_LEVELS.includes(logLevel)) {
    problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')} (got "${logLevel}")`);
  }

  const demoDataSetting = env['DEMO_DATA'] ?? (production ? 'false' : 'true');
  if (!['true', 'false'].includes(demoDataSetting)) {
    problems.push(`DEMO_DATA must be true or false (got "${demoDataSetting}")`);
  } else if (production && demoDataSetting === 'true') {
    problems.push(
      'DEMO_DATA=true is refused when NODE_ENV=production: the demo accounts have a published password, and the demo outbox shows every email with its link',
    );
  }

  const scheduledJobsSetting = env['SCHEDULED_JOBS'] ?? (nodeEnv === 'test' ? 'false' : 'true');
  if (!['true', 'false'].includes(scheduledJobsSetting)) {
    problems.push(`SCHEDULED_JOBS must be true or false (got "${scheduledJobsSetting}")`);
  }

  const positive = (name: string, fallback: number): number => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value <= 0) {
      problems.push(`${name} must be a whole number above 0 (got "${raw}")`);
      return fallback;
    }
    return value;
  };
  const sessionIdleMinutes = positive('SESSION_IDLE_MINUTES', 60);
  const sessionAbsoluteHours = positive('SESSION_ABSOLUTE_HOURS', 12);
  const invitationDays = positive('INVITATION_DAYS', 7);
  const mailPollSeconds = positive('MAIL_POLL_SECONDS', 15);
  const accessLogRetentionMonths = positive('ACCESS_LOG_RETENTION_MONTHS', 6);
  const childCertificateRenewalMonths = positive('CHILD_CERTIFICATE_RENEWAL_MONTHS', 24);
  const matchResponseDays = positive('MATCH_RESPONSE_DAYS', 3);
  const waitingAlertDays = positive('WAITING_ALERT_DAYS', 30);

  const trustProxy = parseTrustProxy(env['TRUST_PROXY']);
  if (typeof trustProxy === 'string') problems.push(trustProxy);

  const smtpUrl = env['SMTP_URL'] || undefined;
  if (smtpUrl !== undefined && !/^smtps?:\/\//.test(smtpUrl)) {
    problems.push('SMTP_URL must be an smtp:// or smtps:// URL');
  }
  const publicUrl = (env['PUBLIC_URL'] || `http://localhost:${port}`).replace(/\/$/, '');
  if (production && !env['PUBLIC_URL']) {
    problems.push('PUBLIC_URL is required when NODE_ENV=production: the https:// address people reach the app at');
  } else if (production && !isHttpsUrl(publicUrl)) {
    problems.push(`PUBLIC_URL must be an https:// URL when NODE_ENV=production (got "${env['PUBLIC_URL']}")`);
  } else if (!/^https?:\/\//.test(publicUrl)) problems.push('PUBLIC_URL must be an http:// or https:// URL');

  if (problems.length > 0) throw new ConfigError(problems);

  const absolute = (path: string) => (isAbsolute(path) ? path : resolve(cwd, path));
  return {
    production,
    port,
    databaseUrl,
    migrationDatabaseUrl,
    dataDir: absolute(env['DATA_DIR'] || '.data/pglite'),
    logLevel,
    webDistDir: absolute(env['WEB_DIST_DIR'] || 'dist/apps/web/browser'),
    demoData: demoDataSetting === 'true',
    publicUrl,
    smtpUrl,
    mailFrom: env['MAIL_FROM'] || 'Brobygger <no-reply@brobygger.local>',
    sessionIdleMinutes,
    sessionAbsoluteHours,
    invitationDays,
    mailPollSeconds,
    scheduledJobs: scheduledJobsSetting === 'true',
    defaultMunicipalityCode: env['DEFAULT_MUNICIPALITY_CODE'] || '250',
    accessLogRetentionMonths,
    childCertificateRenewalMonths,
    matchResponseDays,
    waitingAlertDays,
    trustProxy: typeof trustProxy === 'string' ? false : trustProxy,
  };
}
