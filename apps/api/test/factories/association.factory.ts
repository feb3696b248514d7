import { randomUUID } from 'node:crypto';
import { AssociationEntity, AssociationRepresentativeEntity } from '@brobygger/api/associations';
import { type AccountOverrides, type TestAccount, createAccount } from './account.factory';
import { type DatabaseWriter, managerOf, uniqueSuffix } from './database-writer';

/** Valid CVR numbers (they pass the modulus-11 check), one per test that needs its own. */
export const VALID_CVRS = ['10000009', '10000017', '10000025', '10000033', '10000041'] as const;

export interface RegisterAssociationVariables {
  name: string;
  cvr?: string | null;
  kind: string;
  localityId: string;
  representative?: { displayName: string; email: string; preferredLanguage?: string } | null;
}

/** Input for registerAssociation: a new sports club in the given town, with a first representative. */
export function newAssociationInput(
  localityId: string,
  overrides: Partial<RegisterAssociationVariables> = {},
): RegisterAssociationVariables {
  const suffix = randomUUID().slice(0, 8);
  return {
    name: `Fjordens Roklub ${suffix}`,
    cvr: null,
    kind: 'SPORTS',
    localityId,
    representative: { displayName: 'Rikke Roer', email: `rikke.${suffix}@roklub.dk`, preferredLanguage: 'DA' },
    ...overrides,
  };
}

export type AssociationOverrides = Partial<
  Omit<AssociationEntity, 'id' | 'createdAt' | 'municipality' | 'locality'>
> & {
  municipalityId: string;
  localityId: string;
};

/** A sports club, written as the table owner. */
export async function createAssociation(
  db: DatabaseWriter,
  overrides: AssociationOverrides,
): Promise<AssociationEntity> {
  const manager = managerOf(db);
  return manager.save(
    manager.create(AssociationEntity, {
      name: `Fjordens Idrætsforening ${uniqueSuffix()}`,
      cvr: null,
      kind: 'sports',
      address: 'Idrætsvej 4, 3600 Frederikssund',
      description: '',
      ...overrides,
    }),
  );
}

/** An account (role association-representative) that represents the association. */
export async function createRepresentative(
  db: DatabaseWriter,
  association: { id: string; municipalityId: string },
  account: Omit<AccountOverrides, 'municipalityId' | 'role'> = {},
): Promise<TestAccount> {
  const manager = managerOf(db);
  const representative = await createAccount(manager, {
    ...account,
    municipalityId: association.municipalityId,
    role: 'association-representative',
  });
  await manager.insert(AssociationRepresentativeEntity, {
    municipalityId: association.municipalityId,
    associationId: association.id,
    accountId: representative.id,
  });
  return representative;
}
