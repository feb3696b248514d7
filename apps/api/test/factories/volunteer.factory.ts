import type { DataSource } from 'typeorm';
import { VolunteerEntity } from '@brobygger/api/volunteers';
import { createAccount } from './municipality.factory';

/** An approved mentor with an account of their own, written as the table owner. Returns the email. */
export async function createVolunteer(
  dataSource: DataSource,
  municipalityId: string,
  firstName: string,
  email: string,
  password: string,
): Promise<string> {
  await dataSource.transaction(async (manager) => {
    const accountId = await createAccount(manager, municipalityId, email, password, 'volunteer');
    await manager.insert(VolunteerEntity, {
      municipalityId,
      firstName,
      lastName: 'Frivillig',
      roles: ['mentor'],
      status: 'approved',
      capacity: 1,
      accountId,
    });
  });
  return email;
}
