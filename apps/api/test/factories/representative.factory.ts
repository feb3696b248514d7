import type { DataSource } from 'typeorm';
import { AssociationRepresentativeEntity } from '@brobygger/api/associations';
import { createAccount } from './municipality.factory';

/** A representative account for the named demo association, written as the table owner. Returns the email. */
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
    const accountId = await createAccount(
      manager,
      association.municipality_id,
      email,
      password,
      'association-representative',
    );
    await manager.insert(AssociationRepresentativeEntity, {
      municipalityId: association.municipality_id,
      associationId: association.id,
      accountId,
    });
  });
  return email;
}
