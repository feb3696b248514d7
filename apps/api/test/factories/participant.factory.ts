import { ParticipantEntity } from '@brobygger/api/participants';
import { type DatabaseWriter, managerOf } from './database-writer';

export type ParticipantOverrides = Partial<
  Omit<ParticipantEntity, 'id' | 'createdAt' | 'municipality' | 'locality'>
> & {
  municipalityId: string;
  localityId: string;
};

/**
 * A newcomer who speaks Arabic and some Danish, written as the table owner. Children of the
 * household are `household: [{ firstName, birthYear }]`, as the entity stores them.
 */
export async function createParticipant(
  db: DatabaseWriter,
  overrides: ParticipantOverrides,
): Promise<ParticipantEntity> {
  const manager = managerOf(db);
  return manager.save(
    manager.create(ParticipantEntity, {
      firstName: 'Amina',
      lastName: 'Deltager',
      birthYear: 1988,
      gender: 'female',
      languages: [
        { code: 'ar', level: 'native' },
        { code: 'da', level: 'basic' },
      ],
      interpreterNeeded: false,
      interests: [],
      needs: [],
      arrivalDate: null,
      household: [],
      ...overrides,
    }),
  );
}
