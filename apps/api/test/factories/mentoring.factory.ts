import type { Need } from '@brobygger/shared/rules';
import type { ParticipantEntity } from '@brobygger/api/participants';
import type { SpokenLanguage, VolunteerEntity } from '@brobygger/api/volunteers';
import type { AccountOverrides } from './account.factory';
import type { DatabaseWriter } from './database-writer';
import type { TestMunicipality, Town } from './municipality.factory';
import { createParticipant } from './participant.factory';
import { createVolunteer } from './volunteer.factory';

const WAITING: { firstName: string; lastName: string; town: Town; languages: SpokenLanguage[]; needs: Need[] }[] = [
  {
    firstName: 'Amina',
    lastName: 'Hassan',
    town: 'Frederikssund',
    languages: [
      { code: 'ar', level: 'native' },
      { code: 'da', level: 'basic' },
    ],
    needs: ['danish-practice', 'everyday-life'],
  },
  {
    firstName: 'Oleksandr',
    lastName: 'Kovalenko',
    town: 'Slangerup',
    languages: [
      { code: 'uk', level: 'native' },
      { code: 'en', level: 'conversational' },
    ],
    needs: ['job-seeking'],
  },
  {
    firstName: 'Samira',
    lastName: 'Ahmadi',
    town: 'Jægerspris',
    languages: [
      { code: 'fa', level: 'native' },
      { code: 'en', level: 'basic' },
    ],
    needs: ['leisure'],
  },
  {
    firstName: 'Filmon',
    lastName: 'Gebremariam',
    town: 'Frederikssund',
    languages: [
      { code: 'ti', level: 'native' },
      { code: 'da', level: 'conversational' },
    ],
    needs: ['homework-help'],
  },
  {
    firstName: 'Hodan',
    lastName: 'Abdi',
    town: 'Skibby',
    languages: [
      { code: 'so', level: 'native' },
      { code: 'da', level: 'basic' },
    ],
    needs: ['everyday-life'],
  },
];

export interface MentoringScene {
  /** A mentor in Frederikssund with room for three and an account of her own, to answer for herself. */
  mette: VolunteerEntity;
  ahmad: VolunteerEntity;
  jens: VolunteerEntity;
  /** Five people waiting for a mentor, by first name; Amina and Hodan need an interpreter. */
  waiting: Record<string, ParticipantEntity>;
}

/**
 * Three approved mentors and five people waiting for one, each with a mentor within reach who
 * speaks their language (or with an interpreter): enough for the matching engine to propose.
 */
export async function createMentoringScene(
  db: DatabaseWriter,
  municipality: TestMunicipality,
  /** Settings of Mette's account (e.g. the email whose inbox a test reads). */
  metteAccount: Omit<AccountOverrides, 'municipalityId' | 'role'> = {},
): Promise<MentoringScene> {
  const { id: municipalityId, towns } = municipality;
  const mette = await createVolunteer(db, {
    municipalityId,
    firstName: 'Mette',
    lastName: 'Hansen',
    localityId: towns.Frederikssund,
    capacity: 3,
    interests: ['cooking', 'hiking'],
    withAccount: { displayName: 'Mette Hansen', ...metteAccount },
  });
  const ahmad = await createVolunteer(db, {
    municipalityId,
    firstName: 'Ahmad',
    lastName: 'Karimi',
    gender: 'male',
    localityId: towns.Slangerup,
    capacity: 2,
    languages: [
      { code: 'prs', level: 'native' },
      { code: 'da', level: 'fluent' },
      { code: 'fa', level: 'fluent' },
    ],
  });
  const jens = await createVolunteer(db, {
    municipalityId,
    firstName: 'Jens',
    lastName: 'Olsen',
    gender: 'male',
    localityId: towns.Skibby,
    languages: [{ code: 'da', level: 'native' }],
  });
  const waiting: Record<string, ParticipantEntity> = {};
  for (const { town, ...person } of WAITING) {
    waiting[person.firstName] = await createParticipant(db, {
      ...person,
      municipalityId,
      localityId: towns[town],
      interpreterNeeded: person.firstName === 'Amina' || person.firstName === 'Hodan',
    });
  }
  return { mette, ahmad, jens, waiting };
}
