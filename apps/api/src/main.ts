import { DEMO_PASSWORD, DEMO_SIGN_INS } from '@brobygger/api/demo-data';
import { ConfigError, loadConfig } from './config/app-config';
import { startApp } from './app/start-app';

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const started = await startApp(config);
  const kind = started.database.kind === 'embedded' ? `embedded PostgreSQL in ${config.dataDir}` : 'PostgreSQL server';
  console.log(
    [
      '',
      `Brobygger is running at ${started.url}  (GraphQL: ${started.url}/graphql, health: ${started.url}/health)`,
      `Database: ${kind}; ${started.migrationsApplied.length} migration(s) applied now.`,
      started.demoDataLoaded ? 'Demo data for Frederikssund Kommune was loaded into the empty database.' : '',
      ...(config.demoData
        ? [
            `Demo sign-ins (password ${DEMO_PASSWORD}):`,
            ...DEMO_SIGN_INS.map((d) => `  ${d.role.padEnd(27)} ${d.email}`),
          ]
        : []),
      '',
    ]
      .filter((line, i, lines) => line !== '' || i === 0 || i === lines.length - 1)
      .join('\n'),
  );
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: stopping…`);
    await started.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(78); // EX_CONFIG
  }
  console.error(error);
  process.exit(1);
});
