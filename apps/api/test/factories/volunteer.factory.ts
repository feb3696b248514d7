import { VolunteerEntity } from '@brobygger/api/volunteers';
import { type AccountOverrides, createAccount } from './account.factory';
import { type DatabaseWriter, managerOf } from './database-writer';

export type VolunteerOverrides = Partial<
  Omit<VolunteerEntity, 'id' | 'createdAt' | 'municipality' | 'locality' | 'account'>
> & {
  municipalityId: string;
  /** Give the volunteer an account of their own (role volunteer), with these settings. */
  withAccount?: Omit<AccountOverrides, 'municipalityId' | 'role'> | true;
};

/** An approved mentor who speaks Danish and English, written as the table owner. */
export async function createVolunteer(db: DatabaseWriter, overrides: VolunteerOverrides): Promise<VolunteerEntity> {
  const manager = managerOf(db);
  const { withAccount, ...fields } = overrides;
  const accountId = withAccount
    ? (
        await createAccount(manager, {
          ...(withAccount === true ? {} : withAccount),
          municipalityId: overrides.municipalityId,
          role: 'volunteer',
        })
      ).id
    : null;
  return manager.save(
    manager.create(VolunteerEntity, {
      firstName: 'Mette',
      lastName: 'Frivillig',
      roles: ['mentor'],
      status: 'approved',
      birthYear: 1970,
      gender: 'female',
      localityId: null,
      capacity: 1,
      maxDistanceKm: 15,
      languages: [
        { code: 'da', level: 'native' },
        { code: 'en', level: 'fluent' },
      ],
      interests: [],
      availability: [],
      accountId,
      ...fields,
    }),
  );
}
