import type { EntityManager } from 'typeorm';

/**
 * What an invitation to represent an association needs from the associations domain, which depends
 * on accounts (not the other way round): it plugs itself in with
 * `AccountsService.useAssociationRepresentation(...)` when the app starts. Every method runs in the
 * caller's transaction, with the tenant already set.
 */
export interface AssociationRepresentation {
  /** The association's name; a field-named refusal when it is not one of the tenant's associations. */
  nameOf(manager: EntityManager, associationId: string): Promise<string>;
  /** Names of several associations, by id (missing ids are left out). */
  namesOf(manager: EntityManager, associationIds: readonly string[]): Promise<Map<string, string>>;
  /** Makes the account a representative of the association (nothing happens when it already is). */
  link(
    manager: EntityManager,
    link: { municipalityId: string; associationId: string; accountId: string },
  ): Promise<void>;
}
