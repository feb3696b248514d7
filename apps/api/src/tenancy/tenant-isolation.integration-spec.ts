import { APP_ROLE, inTenantTransaction } from '@brobygger/api/database';
import { OfferEntity } from '@brobygger/api/associations';
import { ParticipantEntity } from '@brobygger/api/participants';
import {
  type OtherMunicipality,
  createAssociation,
  createOffer,
  createOtherMunicipality,
  createParticipant,
} from '../../test/factories';
import { createTestApp, type TestApp } from '../../test/test-app';

describe('tenant isolation by row-level security', () => {
  let api: TestApp;
  let other: OtherMunicipality;
  let frederikssundId: string;
  let coordinatorA: string;

  beforeAll(async () => {
    api = await createTestApp();
    const { id: municipalityId, localityId } = await api.municipality();
    frederikssundId = municipalityId;
    await createParticipant(api.dataSource, { municipalityId, localityId });
    const association = await createAssociation(api.dataSource, { municipalityId, localityId });
    await createOffer(api.dataSource, { municipalityId, localityId, associationId: association.id });
    other = await createOtherMunicipality(api.dataSource);
    ({ cookie: coordinatorA } = await api.signInAs('coordinator'));
  });

  afterAll(async () => {
    await api?.close();
  });

  it('shows a coordinator only their own municipality’s participants', async () => {
    const search = await api.graphql<{ participants: { items: { id: string; lastName: string }[] } }>(
      '{ participants(search: {}, limit: 50) { items { id lastName } } }',
      undefined,
      coordinatorA,
    );
    expect(search.errors).toBeUndefined();
    const ids = search.data?.participants.items.map((p) => p.id) ?? [];
    expect(ids.length).toBeGreaterThan(0);
    expect(ids).not.toContain(other.participantId);
    // The other municipality's coordinator sees theirs only.
    const coordinatorB = await api.signIn(other.coordinatorEmail, other.password);
    const theirs = await api.graphql<{ participants: { items: { id: string }[] } }>(
      '{ participants(search: {}) { items { id } } }',
      undefined,
      coordinatorB,
    );
    expect(theirs.data?.participants.items.map((p) => p.id)).toEqual([other.participantId]);
  });

  it('answers a guessed id of another municipality’s participant as not found', async () => {
    const guessed = await api.graphql(
      `{ participant(id: "${other.participantId}") { firstName } }`,
      undefined,
      coordinatorA,
    );
    expect(guessed.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(guessed.data).toBeNull();
  });

  it('keeps another municipality’s offers out of the catalogue', async () => {
    const offers = await api.graphql<{ publishedOffers: { items: { id: string }[] } }>(
      '{ publishedOffers(limit: 50) { items { id } } }',
      undefined,
      coordinatorA,
    );
    expect(offers.data?.publishedOffers.items.map((o) => o.id)).not.toContain(other.offerId);
  });

  it('cannot change or create another municipality’s rows, even by id', async () => {
    await inTenantTransaction(api.dataSource, frederikssundId, async (manager) => {
      const updated = await manager.update(ParticipantEntity, { id: other.participantId }, { firstName: 'Ændret' });
      expect(updated.affected).toBe(0);
      const deleted = await manager.delete(OfferEntity, { id: other.offerId });
      expect(deleted.affected).toBe(0);
    });
    await expect(
      inTenantTransaction(api.dataSource, frederikssundId, (manager) =>
        manager.query(
          `INSERT INTO participant (municipality_id, first_name, last_name, birth_year, locality_id) VALUES ($1, 'Snyd', 'Snydesen', 1990, $2)`,
          [other.municipalityId, other.localityId],
        ),
      ),
    ).rejects.toThrow(/row-level security/);
    const [row] = await api.dataSource.query('SELECT first_name FROM participant WHERE id = $1', [other.participantId]);
    expect(row.first_name).toBe('Fremmed');
  });

  it('sees no tenant rows at all when no tenant is set', async () => {
    await inTenantTransaction(api.dataSource, null, async (manager) => {
      expect(await manager.count(ParticipantEntity)).toBe(0);
      expect(await manager.count(OfferEntity)).toBe(0);
      expect(await manager.query(`SELECT current_user`)).toEqual([{ current_user: APP_ROLE }]);
    });
  });

  it('does not leak the tenant setting to the next transaction on the same connection', async () => {
    await inTenantTransaction(api.dataSource, frederikssundId, async () => undefined);
    const [setting] = await api.dataSource.query(
      `SELECT coalesce(current_setting('app.municipality_id', true), '') AS value`,
    );
    expect(setting.value).toBe('');
  });
});
