import type { DataSource } from 'typeorm';
import { AssociationRepresentativeEntity } from '@brobygger/api/associations';
import { createAccount } from './account.factory';

/** A representative account for the association of that name, written as the table owner. Returns the email. */
export async function createRepresentative(
  dataSource: DataSource,
  associationName: string,
  email: string,
  password: string,
): Promise<string> {
  await dataSource.transaction(async (manager) => {
    const [association]: { id: string; municipality_id: string }[] = await manager.query(
      'SELECT id, municipality_id FROM association WHERE name = $1',
      [associationName],
    );
    if (!association) throw new Error(`No association named ${associationName}`);
    const { id: accountId } = await createAccount(manager, {
      municipalityId: association.municipality_id,
      email,
      password,
      role: 'association-representative',
    });
    await manager.insert(AssociationRepresentativeEntity, {
      municipalityId: association.municipality_id,
      associationId: association.id,
      accountId,
    });
  });
  return email;
}
