import { createParticipant } from '../../test/factories';
import { createTestApp, type TestApp } from '../../test/test-app';

/**
 * A real deployment (README: Deploying): migrations run as the schema's owner, the app as a login
 * that is no superuser, owns nothing and holds only `brobygger_app`'s rights. CI runs the server
 * suite so; elsewhere (one superuser login, or embedded) these checks have nothing to check.
 */
const deployed = Boolean(process.env['DATABASE_URL'] && process.env['MIGRATION_DATABASE_URL']);

(deployed ? describe : describe.skip)('the app as a non-superuser runtime login (MIGRATION_DATABASE_URL set)', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await createTestApp();
    // A tenant row for the app's login not to see.
    const { id: municipalityId, localityId } = await api.municipality();
    await createParticipant(api.dataSource, { municipalityId, localityId });
  });

  afterAll(async () => {
    await api?.close();
  });

  it('connects as a login that is no superuser, cannot bypass row-level security and owns no table', async () => {
    const [login] = await api.appDataSource.query(
      `SELECT current_user AS name, rolsuper AS superuser, rolbypassrls AS bypass FROM pg_roles WHERE rolname = current_user`,
    );
    expect(login).toMatchObject({ superuser: false, bypass: false });
    const [{ owned }] = await api.appDataSource.query(
      `SELECT count(*)::int AS owned FROM pg_tables WHERE schemaname = current_schema() AND tableowner = current_user`,
    );
    expect(owned).toBe(0);
  });

  it('sees no tenant row outside a tenant transaction, and cannot change the migrations', async () => {
    expect(await api.appDataSource.query(`SELECT id FROM participant`)).toEqual([]);
    await expect(api.appDataSource.query(`DELETE FROM migrations`)).rejects.toThrow(/permission denied/);
    await expect(api.appDataSource.query(`CREATE TABLE intruder (id int)`)).rejects.toThrow(/permission denied/);
  });

  it('reports its migrations on /health', async () => {
    const body = (await (await fetch(`${api.url}/health`)).json()) as { info: { migrations: { pending: number } } };
    expect(body.info.migrations.pending).toBe(0);
  });
});
