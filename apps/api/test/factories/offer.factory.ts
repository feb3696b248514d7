import { OfferEntity } from '@brobygger/api/associations';
import { createAssociation } from './association.factory';
import { type DatabaseWriter, managerOf } from './database-writer';

export type OfferOverrides = Partial<
  Omit<OfferEntity, 'id' | 'createdAt' | 'municipality' | 'association' | 'locality' | 'activity'>
> & {
  municipalityId: string;
  associationId: string;
  localityId: string;
};

/** A published trial membership for adults with three places, written as the table owner. */
export async function createOffer(db: DatabaseWriter, overrides: OfferOverrides): Promise<OfferEntity> {
  const manager = managerOf(db);
  const status = overrides.status ?? 'published';
  return manager.save(
    manager.create(OfferEntity, {
      kind: 'trial-membership',
      status,
      firstPublishedAt: status === 'draft' ? null : new Date(),
      title: 'Prøvetræning for voksne',
      description: '',
      activityKey: null,
      ageMin: null,
      ageMax: null,
      womenOnly: false,
      languageCodes: ['da'],
      capacity: 3,
      startsAt: null,
      ...overrides,
    }),
  );
}

/** A club's football for children of 7 to 12 that fritidspas pays for, with the club. */
export async function createFritidspasOffer(
  db: DatabaseWriter,
  where: { municipalityId: string; localityId: string },
): Promise<OfferEntity> {
  const club = await createAssociation(db, { ...where, name: 'Frederikssund Idrætsforening' });
  return createOffer(db, {
    ...where,
    associationId: club.id,
    kind: 'fritidspas',
    title: 'Fodbold for børn 7–12 år',
    activityKey: 'football',
    ageMin: 7,
    ageMax: 12,
    capacity: 6,
  });
}
