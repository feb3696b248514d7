import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { loadConfig } from '../config/app-config';
import { startApp } from '../app/start-app';

/** `npm start` without DATABASE_URL: the embedded database keeps its data across restarts. */
describe('the embedded database folder', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'brobygger-embedded-'));
  const config = {
    ...loadConfig({ NODE_ENV: 'test', PORT: '0', LOG_LEVEL: 'silent' }),
    databaseUrl: undefined,
    dataDir,
    webDistDir: '/nonexistent',
  };

  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('migrates and loads the demo once, and keeps changes across a restart', async () => {
    const first = await startApp(config, { listen: false });
    expect(first.database.kind).toBe('embedded');
    expect(first.migrationsApplied.length).toBeGreaterThan(0);
    expect(first.demoDataLoaded).toBe(true);
    const dataSource = first.app.get(DataSource);
    await dataSource.query(`UPDATE association SET description = 'Ændret før genstart' WHERE name = 'Skibby Bylaug'`);
    await first.stop();

    const second = await startApp(config, { listen: false });
    try {
      expect(second.migrationsApplied).toEqual([]);
      expect(second.demoDataLoaded).toBe(false);
      const [row] = await second.app
        .get(DataSource)
        .query(`SELECT description FROM association WHERE name = 'Skibby Bylaug'`);
      expect(row?.description).toBe('Ændret før genstart');
    } finally {
      await second.stop();
    }
  });

  it('refuses a second process on the same folder with a clear message', async () => {
    const running = await startApp(config, { listen: false });
    try {
      // Simulate another live process holding the folder.
      writeFileSync(join(dataDir, 'brobygger.pid'), String(process.ppid));
      await expect(startApp(config, { listen: false })).rejects.toThrow(/in use by process \d+/);
    } finally {
      writeFileSync(join(dataDir, 'brobygger.pid'), String(process.pid));
      await running.stop();
    }
  });
});
