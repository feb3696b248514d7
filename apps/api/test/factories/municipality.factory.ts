import type { DataSource } from 'typeorm';
import { AssociationEntity, OfferEntity } from '@brobygger/api/associations';
import { seedReferenceData } from '@brobygger/api/demo-data';
import { ParticipantEntity } from '@brobygger/api/participants';
import { ActivityEntity, LocalityEntity, MunicipalityEntity } from '@brobygger/api/reference-data';
import { createAccount } from './account.factory';
import { type DatabaseWriter, managerOf } from './database-writer';

/** The towns of a test municipality, where Frederikssund's are (distances in matching are real). */
export const TOWNS = {
  Frederikssund: { postcode: '3600', latitude: 55.8396, longitude: 12.0689 },
  Jægerspris: { postcode: '3630', latitude: 55.8528, longitude: 11.9837 },
  Slangerup: { postcode: '3550', latitude: 55.8495, longitude: 12.1786 },
  Skibby: { postcode: '4050', latitude: 55.75, longitude: 11.9617 },
  Kulhuse: { postcode: '3630', latitude: 55.9375, longitude: 11.902 },
} as const;
export type Town = keyof typeof TOWNS;

export interface TestMunicipality {
  id: string;
  code: string;
  name: string;
  /** The locality id of each town. */
  towns: Record<Town, string>;
  /** Frederikssund's: the default town of the other factories. */
  localityId: string;
}

/**
 * A municipality with its five towns, written as the table owner, and the global reference data
 * (activities, languages) when the schema has none yet.
 */
export async function createMunicipality(
  db: DatabaseWriter,
  overrides: { code?: string; name?: string } = {},
): Promise<TestMunicipality> {
  const manager = managerOf(db);
  if ((await manager.count(ActivityEntity)) === 0) await seedReferenceData(manager);
  const code = overrides.code ?? '250';
  const name = overrides.name ?? `Testkommune ${code}`;
  const municipality = await manager.save(manager.create(MunicipalityEntity, { code, name }));
  const localities = await manager.save(
    Object.entries(TOWNS).map(([town, place]) =>
      manager.create(LocalityEntity, { municipalityId: municipality.id, name: town, ...place }),
    ),
  );
  const towns = Object.fromEntries(localities.map((locality) => [locality.name, locality.id])) as Record<Town, string>;
  return { id: municipality.id, code, name, towns, localityId: towns.Frederikssund };
}

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
    await createAccount(manager, {
      municipalityId: municipality.id,
      email: coordinatorEmail,
      password,
      role: 'coordinator',
    });
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
