import { type EntityManager, Not, QueryFailedError } from 'typeorm';
import { DomainError, badInput } from '@brobygger/api/util';
import { AssociationEntity } from './association.entity';
import { isValidCvr } from './cvr';
import { AssociationsErrorReason } from './associations.errors';

/** The unique index that keeps one association per CVR number in a municipality. */
const UNIQUE_CVR = 'UQ_association_municipality_cvr';

/** A CVR number as typed (spaces allowed), checked by its modulus-11 rule; null when left out. */
export function cleanCvr(value: string | null | undefined): string | null {
  const cvr = value?.replace(/\s/g, '') || null;
  if (cvr && !isValidCvr(cvr))
    badInput(
      'cvr',
      AssociationsErrorReason.CVR_INVALID,
      'not a valid CVR number (8 digits that pass the modulus-11 check)',
    );
  return cvr;
}

/** `name` is left out when the other association registered at the same moment. */
function taken(name?: string): DomainError {
  return new DomainError(
    'CONFLICT',
    AssociationsErrorReason.CVR_ALREADY_REGISTERED,
    `cvr: ${name ?? 'another association'} is already registered with this CVR number`,
    'cvr',
    name === undefined ? undefined : { name },
  );
}

/** Refuses a CVR number another association of the municipality (the tenant) already has. */
export async function refuseTakenCvr(manager: EntityManager, cvr: string, exceptId: string | null): Promise<void> {
  const other = await manager.findOne(AssociationEntity, {
    where: { cvr, ...(exceptId ? { id: Not(exceptId) } : {}) },
    select: { id: true, name: true },
  });
  if (other) throw taken(other.name);
}

/** Two registrations of one CVR number at the same moment: the index refuses the second, in words. */
export function rethrowTakenCvr(error: unknown): never {
  const driverError = error instanceof QueryFailedError ? (error.driverError as { constraint?: string }) : null;
  if (driverError?.constraint === UNIQUE_CVR) throw taken();
  throw error;
}
