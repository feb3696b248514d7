import type { DataSource, EntityManager } from 'typeorm';
import { AccountEntity, AccountRoleEntity, hashPassword } from '@brobygger/api/accounts';
import { AssociationEntity, OfferEntity } from '@brobygger/api/associations';
import { ParticipantEntity } from '@brobygger/api/participants';
import { LocalityEntity, MunicipalityEntity } from '@brobygger/api/reference-data';
import type { Role } from '@brobygger/api/util';

export interface OtherMunicipality {
  municipalityId: string;
  localityId: string;
  participantId: string;
  offerId: string;
  coordinatorEmail: string;
  password: string;
}

/**
 * A second municipality with a town, a participant, a published offer and a coordinator, written
 * as the table owner (outside row-level security), for tenant isolation tests.
 */
export async function createOtherMunicipality(dataSource: DataSource, code = '259'): Promise<OtherMunicipality> {
  const password = 'anden-kommune-2026';
  return dataSource.transaction(async (manager) => {
    const municipality = await manager.save(manager.create(MunicipalityEntity, { code, name: `Kommune ${code}` }));
    const locality = await manager.save(
      manager.create(LocalityEntity, {
        municipalityId: municipality.id,
        name: 'Andeby',
        postcode: '9999',
        latitude: 55.5,
        longitude: 12.2,
      }),
    );
    const participant = await manager.save(
      manager.create(ParticipantEntity, {
        municipalityId: municipality.id,
        firstName: 'Fremmed',
        lastName: 'Borger',
        birthYear: 1990,
        gender: null,
        localityId: locality.id,
        languages: [{ code: 'ar', level: 'native' }],
        interpreterNeeded: false,
        interests: [],
        needs: [],
        arrivalDate: null,
      }),
    );
    const association = await manager.save(
      manager.create(AssociationEntity, {
        municipalityId: municipality.id,
        name: 'Andeby Boldklub',
        cvr: null,
        kind: 'sports',
        localityId: locality.id,
        address: '',
        description: '',
      }),
    );
    const offer = await manager.save(
      manager.create(OfferEntity, {
        municipalityId: municipality.id,
        associationId: association.id,
        kind: 'trial-membership',
        status: 'published',
        firstPublishedAt: new Date(),
        title: 'Andeby fodbold',
        description: '',
        activityKey: null,
        localityId: locality.id,
        ageMin: null,
        ageMax: null,
        womenOnly: false,
        languageCodes: [],
        capacity: 3,
        startsAt: null,
      }),
    );
    const coordinatorEmail = `koordinator@kommune${code}.dk`;
    await createAccount(manager, municipality.id, coordinatorEmail, password, 'coordinator');
    return {
      municipalityId: municipality.id,
      localityId: locality.id,
      participantId: participant.id,
      offerId: offer.id,
      coordinatorEmail,
      password,
    };
  });
}

export async function createAccount(
  manager: EntityManager,
  municipalityId: string,
  email: string,
  password: string,
  role: Role,
): Promise<string> {
  const account = await manager.save(AccountEntity, {
    municipalityId,
    email,
    displayName: email.split('@')[0] ?? email,
    passwordHash: await hashPassword(password),
    emailConfirmedAt: new Date(),
    preferredLanguage: 'da',
  });
  await manager.insert(AccountRoleEntity, { accountId: account.id, role });
  return account.id;
}
