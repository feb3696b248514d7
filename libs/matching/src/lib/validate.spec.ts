import { MatchingInputError } from './errors';
import { parseInstance, parseInstanceJson } from './validate';

function errorOf(run: () => unknown): MatchingInputError {
  try {
    run();
  } catch (error) {
    if (error instanceof MatchingInputError) return error;
    throw error;
  }
  throw new Error('expected a MatchingInputError');
}

const base = { kind: 'mentor', participants: [{ id: 'p1' }], providers: [{ id: 'v1', capacity: 1 }] };

describe('parseInstance', () => {
  it('accepts the minimal instance: ids, capacity and kind', () => {
    expect(parseInstance(base)).toEqual(base);
  });

  it('names the field of an unknown enum value', () => {
    const error = errorOf(() =>
      parseInstance({
        ...base,
        participants: [
          { id: 'p0' },
          { id: 'p1' },
          { id: 'p2' },
          { id: 'p3', languages: [{ code: 'ar', level: 'expert' }] },
        ],
      }),
    );
    expect(error.code).toBe('invalid-input');
    expect(error.path).toBe('participants[3].languages[0].level');
    expect(error.message).toBe(
      'participants[3].languages[0].level: must be one of native, fluent, conversational, basic',
    );
  });

  it.each([
    [{ ...base, kind: 'dating' }, 'kind'],
    [{ participants: [] }, 'kind'],
    [{ ...base, participants: [{ birthYear: 1990 }] }, 'participants[0].id'],
    [{ ...base, providers: [{ id: 'v1' }] }, 'providers[0].capacity'],
    [{ ...base, providers: [{ id: 'v1', capacity: -1 }] }, 'providers[0].capacity'],
    [{ ...base, providers: [{ id: 'v1', capacity: 1.5 }] }, 'providers[0].capacity'],
    [{ ...base, participants: [{ id: 'p1' }, { id: 'p1' }] }, 'participants[1].id'],
    [{ ...base, participants: [{ id: 'p1', gender: 'f' }] }, 'participants[0].gender'],
    [{ ...base, participants: [{ id: 'p1', availability: ['monday-evening'] }] }, 'participants[0].availability[0]'],
    [{ ...base, participants: [{ id: 'p1', location: { lat: 95, lon: 12 } }] }, 'participants[0].location.lat'],
    [{ ...base, participants: [{ id: 'p1', maxDistanceKm: -3 }] }, 'participants[0].maxDistanceKm'],
    [{ ...base, participants: [{ id: 'p1', waitingSince: '2026-02-30' }] }, 'participants[0].waitingSince'],
    [{ ...base, participants: [{ id: 'p1', shoeSize: 42 }] }, 'participants[0].shoeSize'],
    [{ ...base, providers: [{ id: 'v1', capacity: 1, ageRange: { min: 12, max: 6 } }] }, 'providers[0].ageRange'],
    [{ ...base, today: '26.11.2026' }, 'today'],
    [{ ...base, weights: { charisma: 3 } }, 'weights.charisma'],
    [{ ...base, weights: { distance: 'high' } }, 'weights.distance'],
    [{ ...base, pairs: [{ participant: 'p1', provider: 'v9', score: 1 }] }, 'pairs[0].provider'],
    [{ ...base, pairs: [{ participant: 'p1', provider: 'v1' }] }, 'pairs[0].score'],
    [
      {
        ...base,
        pairs: [
          { participant: 'p1', provider: 'v1', score: 1 },
          { participant: 'p1', provider: 'v1', score: 2 },
        ],
      },
      'pairs[1]',
    ],
    [{ ...base, must: [['p1']] }, 'must[0]'],
    [{ ...base, mustNot: [['p9', 'v1']] }, 'mustNot[0][0]'],
  ])('rejects %j at %s', (input, path) => {
    const error = errorOf(() => parseInstance(input));
    expect(error.code).toBe('invalid-input');
    expect(error.path).toBe(path);
    expect(error.message.startsWith(`${path}: `)).toBe(true);
  });

  it('treats null like a left-out field', () => {
    expect(parseInstance({ ...base, participants: [{ id: 'p1', gender: null }] }).participants[0]).toEqual({
      id: 'p1',
    });
  });

  it('reports malformed JSON', () => {
    const error = errorOf(() => parseInstanceJson('{"kind": "mentor",'));
    expect(error.code).toBe('invalid-input');
    expect(error.message).toMatch(/^malformed JSON/);
  });
});
