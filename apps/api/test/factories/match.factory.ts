import { MatchEntity } from '@brobygger/api/matches';
import { type DatabaseWriter, managerOf } from './database-writer';

export type MatchOverrides = Partial<Omit<MatchEntity, 'id' | 'volunteer' | 'offer'>> & {
  municipalityId: string;
  participantId: string;
} & ({ volunteerId: string } | { offerId: string });

/**
 * A match of a participant with a volunteer (kind mentor) or an offer (its kind: trial-membership
 * unless given), proposed unless a status is given, written as the table owner.
 */
export async function createMatch(db: DatabaseWriter, overrides: MatchOverrides): Promise<MatchEntity> {
  const manager = managerOf(db);
  const kind = overrides.kind ?? ('volunteerId' in overrides && overrides.volunteerId ? 'mentor' : 'trial-membership');
  return manager.save(
    manager.create(MatchEntity, {
      kind,
      volunteerId: null,
      offerId: null,
      status: 'proposed',
      score: 50,
      reasons: [],
      ...overrides,
    }),
  );
}
