import { seedDemoData } from '@brobygger/api/demo-data';
import { createTestApp, type TestApp } from '../../test/test-app';

describe('the database', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await createTestApp({ demoData: true });
  });

  afterAll(async () => {
    await api?.close();
  });

  it('keeps PostgreSQL transaction semantics: of 20 concurrent transactions, the 10 rolled back leave nothing', async () => {
    const { dataSource } = api;
    await dataSource.query('CREATE TABLE transaction_probe (n int PRIMARY KEY)');
    const outcomes = await Promise.allSettled(
      Array.from({ length: 20 }, (_, n) =>
        dataSource.transaction(async (manager) => {
          await manager.query('INSERT INTO transaction_probe (n) VALUES ($1)', [n]);
          // Let the other transactions run in between, as they would under load.
          await new Promise((resolve) => setTimeout(resolve, 5));
          await manager.query('SELECT count(*) FROM transaction_probe');
          if (n % 2 === 1) throw new Error(`roll back ${n}`);
        }),
      ),
    );
    expect(outcomes.filter((o) => o.status === 'rejected')).toHaveLength(10);
    const rows: { n: number }[] = await dataSource.query('SELECT n FROM transaction_probe ORDER BY n');
    expect(rows.map((row) => row.n)).toEqual([0, 2, 4, 6, 8, 10, 12, 14, 16, 18]);
    await dataSource.query('DROP TABLE transaction_probe');
  });

  it('loads the demo data only once', async () => {
    const count = async () => Number((await api.dataSource.query('SELECT count(*) AS n FROM offer'))[0].n);
    const before = await count();
    expect(before).toBeGreaterThan(0);
    await expect(seedDemoData(api.dataSource)).resolves.toBe(false);
    expect(await count()).toBe(before);
  });

  it('can revert every migration with its down() and apply them again', async () => {
    const { dataSource } = api;
    const total = dataSource.migrations.length;
    const tables = async () =>
      (
        (await dataSource.query(
          `SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_name <> 'migrations'`,
        )) as { table_name: string }[]
      ).map((t) => t.table_name);
    expect(await tables()).toEqual(expect.arrayContaining(['offer', 'participant', 'volunteer']));
    for (let i = 0; i < total; i++) await dataSource.undoLastMigration({ transaction: 'each' });
    expect(await tables()).toEqual([]);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    expect(applied).toHaveLength(total);
  });
});
