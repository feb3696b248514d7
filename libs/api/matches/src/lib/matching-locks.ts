import { InputErrorReason, UUID, badInput } from '@brobygger/api/util';
import type { PairLock } from '@brobygger/matching';
import { MatchesErrorReason } from './matches.errors';

/** A coordinator's lock on one pair: a participant and a volunteer or offer. */
export interface MatchingLock {
  participantId: string;
  providerId: string;
}

/** Refuses malformed lock ids before anything reaches SQL or the engine. */
export function checkLockIds(must: readonly MatchingLock[], mustNot: readonly MatchingLock[]): void {
  for (const [field, locks] of [
    ['must', must],
    ['mustNot', mustNot],
  ] as const) {
    for (const [i, lock] of locks.entries()) {
      if (!UUID.test(lock.participantId))
        badInput(`${field}[${i}].participantId`, InputErrorReason.INVALID_FORMAT, 'not a valid id');
      if (!UUID.test(lock.providerId))
        badInput(`${field}[${i}].providerId`, InputErrorReason.INVALID_FORMAT, 'not a valid id');
    }
  }
}

/**
 * The engine's `must` and `mustNot` for one run. A `must` pair has to be part of the run (the person
 * in scope and still waiting, the volunteer or offer with a free slot), or the coordinator is told
 * which lock cannot be kept. Forbidden pairs (the coordinator's and every earlier decline) outside
 * the run are left out: the engine only accepts pairs it knows, and forbidding those changes nothing.
 */
export function lockPairs(
  must: readonly MatchingLock[],
  mustNot: readonly MatchingLock[],
  declined: readonly MatchingLock[],
  participantIds: ReadonlySet<string>,
  providerIds: ReadonlySet<string>,
): { must: PairLock[]; mustNot: PairLock[] } {
  const lockedParticipants = new Set<string>();
  const mustPairs = must.map((lock, i): PairLock => {
    if (!participantIds.has(lock.participantId)) {
      badInput(
        `must[${i}]`,
        MatchesErrorReason.LOCK_NOT_IN_RUN,
        'this person is not part of this run (outside the scope, or already matched)',
      );
    }
    if (!providerIds.has(lock.providerId)) {
      badInput(
        `must[${i}]`,
        MatchesErrorReason.LOCK_NO_PLACE,
        'this volunteer or offer has no free place for this kind of match',
      );
    }
    if (lockedParticipants.has(lock.participantId)) {
      badInput(
        `must[${i}]`,
        MatchesErrorReason.LOCK_TWICE,
        'this person is already locked to someone else; lock one pair per person',
      );
    }
    lockedParticipants.add(lock.participantId);
    return [lock.participantId, lock.providerId];
  });
  const seen = new Set<string>();
  const mustNotPairs: PairLock[] = [];
  for (const lock of [...declined, ...mustNot]) {
    const key = `${lock.participantId} ${lock.providerId}`;
    if (seen.has(key) || !participantIds.has(lock.participantId) || !providerIds.has(lock.providerId)) continue;
    seen.add(key);
    mustNotPairs.push([lock.participantId, lock.providerId]);
  }
  return { must: mustPairs, mustNot: mustNotPairs };
}
