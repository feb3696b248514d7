import {
  type OtherMunicipality,
  VALID_CVRS,
  createAssociation,
  createOtherMunicipality,
  newAssociationInput,
} from '../../test/factories';
import { mailsTo } from '../../test/mail-text';
import { SmtpInbox } from '../../test/smtp-inbox';
import { createTestApp, type GraphqlResponse, type TestApp } from '../../test/test-app';

const REGISTER = `mutation ($input: RegisterAssociationInput!) {
  registerAssociation(input: $input) {
    association { id name cvr kind description locality { name } contactPeople { name } }
    invitation { id email displayName role associationId associationName invitedAt expiresAt }
  }
}`;
const INVITE = `mutation ($input: InviteAccountInput!) { inviteAccount(input: $input) }`;
const ACCEPT = `mutation ($token: String!, $password: String!) { acceptInvitation(token: $token, password: $password) }`;
const PENDING = `{ pendingInvitations { id email displayName role associationId associationName expiresAt } }`;
const MY_ASSOCIATIONS = `{ myAssociations { id name } }`;

interface Registration {
  registerAssociation: {
    association: {
      id: string;
      name: string;
      cvr: string | null;
      kind: string;
      description: string;
      locality: { name: string };
      contactPeople: { name: string }[];
    };
    invitation: {
      id: string;
      email: string;
      displayName: string;
      role: string;
      associationId: string | null;
      associationName: string | null;
      invitedAt: string;
      expiresAt: string;
    } | null;
  };
}

interface Pending {
  pendingInvitations: { id: string; email: string; role: string; associationId: string | null }[];
}

const DAY = 86_400_000;

describe('registering an association and inviting its representatives', () => {
  const inbox = new SmtpInbox();
  let api: TestApp;
  let coordinator: string;
  let administrator: string;
  let other: OtherMunicipality;
  let frederikssund: string;
  let otherAssociationId: string;

  function firstError(result: GraphqlResponse<unknown>) {
    return { message: result.errors?.[0]?.message, ...result.errors?.[0]?.extensions };
  }

  async function accept(email: string, password: string): Promise<GraphqlResponse<{ acceptInvitation: string }>> {
    await api.drainMail();
    return api.graphql<{ acceptInvitation: string }>(ACCEPT, {
      token: inbox.tokenFrom(email, '/invitation'),
      password,
    });
  }

  async function associationCount(name: string): Promise<number> {
    // As the table owner (a superuser in tests), outside row-level security.
    const [row] = await api.dataSource.query('SELECT count(*)::int AS n FROM association WHERE name = $1', [name]);
    return row.n;
  }

  beforeAll(async () => {
    const smtpUrl = await inbox.start();
    api = await createTestApp({ env: { SMTP_URL: smtpUrl } });
    const { id: municipalityId, towns } = await api.municipality();
    await createAssociation(api.dataSource, {
      municipalityId,
      localityId: towns.Skibby,
      name: 'Skibby Bylaug',
      kind: 'village-association',
    });
    ({ cookie: coordinator } = await api.signInAs('coordinator'));
    ({ cookie: administrator } = await api.signInAs('administrator'));
    const { localities } = (
      await api.graphql<{ localities: { id: string; name: string }[] }>('{ localities { id name } }')
    ).data ?? { localities: [] };
    frederikssund = localities.find((l) => l.name === 'Frederikssund')?.id ?? '';
    other = await createOtherMunicipality(api.dataSource);
    const [offer] = await api.dataSource.query('SELECT association_id FROM offer WHERE id = $1', [other.offerId]);
    otherAssociationId = offer.association_id;
  });

  afterAll(async () => {
    await api?.close();
    await inbox.stop();
  });

  it('lets a coordinator register an association and invite its first representative, who is linked on accepting', async () => {
    const input = newAssociationInput(frederikssund, { cvr: `${VALID_CVRS[0].slice(0, 4)} ${VALID_CVRS[0].slice(4)}` });
    const email = input.representative?.email ?? '';
    const result = await api.graphql<Registration>(REGISTER, { input }, coordinator);
    expect(result.errors).toBeUndefined();
    const { association, invitation } = result.data?.registerAssociation ?? {};
    expect(association).toMatchObject({
      name: input.name,
      cvr: VALID_CVRS[0],
      kind: 'SPORTS',
      description: '',
      locality: { name: 'Frederikssund' },
      contactPeople: [],
    });
    expect(invitation).toMatchObject({
      email,
      displayName: 'Rikke Roer',
      role: 'ASSOCIATION_REPRESENTATIVE',
      associationId: association?.id,
      associationName: input.name,
    });
    // The link works for the configured 7 days.
    const validFor = Date.parse(invitation?.expiresAt ?? '') - Date.parse(invitation?.invitedAt ?? '');
    expect(Math.round(validFor / DAY)).toBe(7);

    const pending = await api.graphql<Pending>(PENDING, undefined, coordinator);
    expect(pending.data?.pendingInvitations).toContainEqual(
      expect.objectContaining({ id: invitation?.id, email, associationId: association?.id }),
    );
    const [mail] = await mailsTo(inbox, email, /inviteret/i);
    expect(mail?.body).toContain(`Du skal repræsentere ${input.name}`);

    const accepted = await accept(email, 'roklubben-kode-2026');
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data?.acceptInvitation).toBe('ASSOCIATION_REPRESENTATIVE');
    const representative = await api.signIn(email, 'roklubben-kode-2026');
    const mine = await api.graphql<{ myAssociations: { id: string; name: string }[] }>(
      MY_ASSOCIATIONS,
      undefined,
      representative,
    );
    expect(mine.data?.myAssociations).toEqual([{ id: association?.id, name: input.name }]);
    const after = await api.graphql<Pending>(PENDING, undefined, coordinator);
    expect(after.data?.pendingInvitations.map((i) => i.id)).not.toContain(invitation?.id);
  });

  it('lets an administrator register an association too, and refuses volunteers and representatives', async () => {
    const input = newAssociationInput(frederikssund, { kind: 'VILLAGE_ASSOCIATION', representative: null });
    const byAdministrator = await api.graphql<Registration>(REGISTER, { input }, administrator);
    expect(byAdministrator.errors).toBeUndefined();
    expect(byAdministrator.data?.registerAssociation.invitation).toBeNull();
    expect(byAdministrator.data?.registerAssociation.association.kind).toBe('VILLAGE_ASSOCIATION');

    for (const role of ['volunteer', 'association-representative'] as const) {
      const { cookie: session } = await api.signInAs(role);
      const refused = await api.graphql(REGISTER, { input: newAssociationInput(frederikssund) }, session);
      expect(firstError(refused)).toMatchObject({ code: 'FORBIDDEN', message: 'You do not have access to this.' });
      const list = await api.graphql(PENDING, undefined, session);
      expect(firstError(list)).toMatchObject({ code: 'FORBIDDEN' });
    }
    const anonymous = await api.graphql(REGISTER, { input: newAssociationInput(frederikssund) });
    expect(firstError(anonymous)).toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('refuses bad input with a message naming the field, and registers nothing', async () => {
    const cases: [Partial<Parameters<typeof newAssociationInput>[1]>, string, string][] = [
      [{ name: '   ' }, 'BAD_USER_INPUT', 'name'],
      [{ name: 'x'.repeat(201) }, 'BAD_USER_INPUT', 'name'],
      [{ cvr: '12345678' }, 'BAD_USER_INPUT', 'cvr'],
      [{ cvr: '1234' }, 'BAD_USER_INPUT', 'cvr'],
      [{ localityId: 'not-an-id' }, 'BAD_USER_INPUT', 'localityId'],
      [{ localityId: other.localityId }, 'BAD_USER_INPUT', 'localityId'],
      [
        { representative: { displayName: 'Rikke', email: 'ikke-en-adresse' } },
        'BAD_USER_INPUT',
        'representative.email',
      ],
      [
        { representative: { displayName: ' ', email: 'tom@roklub.dk' } },
        'BAD_USER_INPUT',
        'representative.displayName',
      ],
      [
        { representative: { displayName: 'Rikke', email: 'rikke@roklub.dk', preferredLanguage: 'fr' } },
        'BAD_USER_INPUT',
        'representative.preferredLanguage',
      ],
      // An address that already belongs to another municipality's account.
      [
        { representative: { displayName: 'Fremmed', email: other.coordinatorEmail } },
        'CONFLICT',
        'representative.email',
      ],
    ];
    for (const [overrides, code, field] of cases) {
      const input = newAssociationInput(frederikssund, overrides);
      const result = await api.graphql(REGISTER, { input }, coordinator);
      expect({ field, error: firstError(result) }).toMatchObject({
        field,
        error: { code, field, message: expect.stringMatching(new RegExp(`^${field.replace('.', '\\.')}: `)) },
      });
      if (input.name.trim()) expect(await associationCount(input.name)).toBe(0);
    }
    const invalid = await api.graphql(
      REGISTER,
      { input: newAssociationInput(frederikssund, { cvr: '12345678' }) },
      coordinator,
    );
    expect(firstError(invalid).message).toBe('cvr: not a valid CVR number (8 digits that pass the modulus-11 check)');
  });

  it('refuses a CVR number another association of the municipality has, on registering and on editing a profile', async () => {
    const cvr = VALID_CVRS[1];
    const first = newAssociationInput(frederikssund, { cvr });
    expect((await api.graphql(REGISTER, { input: first }, coordinator)).errors).toBeUndefined();

    const second = newAssociationInput(frederikssund, { cvr: `${cvr.slice(0, 2)} ${cvr.slice(2)}` });
    const duplicate = await api.graphql(REGISTER, { input: second }, coordinator);
    expect(firstError(duplicate)).toMatchObject({
      code: 'CONFLICT',
      field: 'cvr',
      message: `cvr: ${first.name} is already registered with this CVR number`,
    });
    expect(await associationCount(second.name)).toBe(0);

    // Another municipality may have an association with the same number.
    const otherCoordinator = await api.signIn(other.coordinatorEmail, other.password);
    const elsewhere = await api.graphql(
      REGISTER,
      { input: newAssociationInput(other.localityId, { cvr, representative: null }) },
      otherCoordinator,
    );
    expect(elsewhere.errors).toBeUndefined();

    // Editing a profile to take the number is refused the same way.
    const { partnerAssociations } = (
      await api.graphql<{
        partnerAssociations: { id: string; name: string; kind: string; locality: { id: string } }[];
      }>('{ partnerAssociations { id name kind locality { id } } }', undefined, coordinator)
    ).data ?? { partnerAssociations: [] };
    const skibby = partnerAssociations.find((a) => a.name === 'Skibby Bylaug');
    const edit = await api.graphql(
      `mutation ($id: ID!, $input: AssociationProfileInput!) { updateAssociationProfile(id: $id, input: $input) { id } }`,
      { id: skibby?.id, input: { name: skibby?.name, cvr, kind: skibby?.kind, localityId: skibby?.locality.id } },
      coordinator,
    );
    expect(firstError(edit)).toMatchObject({ code: 'CONFLICT', field: 'cvr' });
  });

  it('invites a representative only for an association of the municipality, and links them on accepting', async () => {
    const base = { displayName: 'Bo Bylaug', email: 'bo@skibby-bylaug.dk', preferredLanguage: 'EN' };
    const missing = await api.graphql(INVITE, { input: { ...base, role: 'ASSOCIATION_REPRESENTATIVE' } }, coordinator);
    expect(firstError(missing)).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'associationId',
      message: 'associationId: choose the association the person will represent',
    });
    for (const associationId of ['not-an-id', otherAssociationId, '00000000-0000-4000-8000-000000000000']) {
      const refused = await api.graphql(
        INVITE,
        { input: { ...base, role: 'ASSOCIATION_REPRESENTATIVE', associationId } },
        coordinator,
      );
      expect(firstError(refused)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'associationId' });
    }
    // A staff member is not invited for an association; a coordinator may not invite staff at all.
    const { partnerAssociations } = (
      await api.graphql<{ partnerAssociations: { id: string; name: string }[] }>(
        '{ partnerAssociations { id name } }',
        undefined,
        coordinator,
      )
    ).data ?? { partnerAssociations: [] };
    const skibby = partnerAssociations.find((a) => a.name === 'Skibby Bylaug')?.id;
    const staffWithAssociation = await api.graphql(
      INVITE,
      { input: { ...base, role: 'COORDINATOR', associationId: skibby } },
      administrator,
    );
    expect(firstError(staffWithAssociation)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'associationId' });
    const staffByCoordinator = await api.graphql(INVITE, { input: { ...base, role: 'COORDINATOR' } }, coordinator);
    expect(firstError(staffByCoordinator)).toMatchObject({ code: 'FORBIDDEN', field: 'role' });
    await api.drainMail();
    expect(inbox.mails.some((m) => m.to.includes(base.email))).toBe(false);

    const invited = await api.graphql(
      INVITE,
      { input: { ...base, role: 'ASSOCIATION_REPRESENTATIVE', associationId: skibby } },
      coordinator,
    );
    expect(invited.errors).toBeUndefined();
    const [mail] = await mailsTo(inbox, base.email, /invited/i);
    expect(mail?.body).toContain('You will represent Skibby Bylaug');
    const accepted = await accept(base.email, 'bylaugets-kode-2026');
    expect(accepted.data?.acceptInvitation).toBe('ASSOCIATION_REPRESENTATIVE');
    const session = await api.signIn(base.email, 'bylaugets-kode-2026');
    const mine = await api.graphql<{ myAssociations: { name: string }[] }>(MY_ASSOCIATIONS, undefined, session);
    expect(mine.data?.myAssociations.map((a) => a.name)).toEqual(['Skibby Bylaug']);
  });

  it('lists pending invitations of the roles the caller may invite', async () => {
    const email = 'ny.kollega@frederikssund.dk';
    const invited = await api.graphql(
      INVITE,
      { input: { displayName: 'Ny Kollega', email, role: 'COORDINATOR' } },
      administrator,
    );
    expect(invited.errors).toBeUndefined();
    const forAdministrator = await api.graphql<Pending>(PENDING, undefined, administrator);
    expect(forAdministrator.data?.pendingInvitations).toContainEqual(
      expect.objectContaining({ email, role: 'COORDINATOR', associationId: null }),
    );
    const forCoordinator = await api.graphql<Pending>(PENDING, undefined, coordinator);
    expect(forCoordinator.errors).toBeUndefined();
    expect(forCoordinator.data?.pendingInvitations.map((i) => i.role)).not.toContain('COORDINATOR');
    // The other municipality's coordinator sees none of ours.
    const otherCoordinator = await api.signIn(other.coordinatorEmail, other.password);
    const elsewhere = await api.graphql<Pending>(PENDING, undefined, otherCoordinator);
    expect(elsewhere.data?.pendingInvitations).toEqual([]);

    const accepted = await accept(email, 'kollegaens-kode-2026');
    expect(accepted.data?.acceptInvitation).toBe('COORDINATOR');
    const after = await api.graphql<Pending>(PENDING, undefined, administrator);
    expect(after.data?.pendingInvitations.map((i) => i.email)).not.toContain(email);
  });
});
