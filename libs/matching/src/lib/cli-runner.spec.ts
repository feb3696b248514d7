import { runCli } from './cli-runner';

const instance = {
  kind: 'event',
  participants: [{ id: 'p1' }, { id: 'p2' }],
  providers: [{ id: 'welcome-meeting', capacity: 1 }],
  pairs: [
    { participant: 'p1', provider: 'welcome-meeting', score: 3 },
    { participant: 'p2', provider: 'welcome-meeting', score: 5 },
  ],
};

const reader =
  (files: Record<string, string>) =>
  (file: string): string => {
    const text = files[file];
    if (text === undefined) throw new Error('ENOENT: no such file');
    return text;
  };

describe('runCli', () => {
  it('prints the result as JSON on stdout and timings on stderr', () => {
    const outcome = runCli(['instance.json'], reader({ 'instance.json': JSON.stringify(instance) }));
    expect(outcome.exitCode).toBe(0);
    expect(JSON.parse(outcome.stdout)).toEqual({
      assignments: [
        {
          participant: 'p2',
          provider: 'welcome-meeting',
          score: 5,
          reasons: [{ key: 'providedScore', params: { score: 5 } }],
        },
      ],
      objective: 5,
      unmatched: [{ participant: 'p1', reason: { key: 'capacityTaken', params: { candidates: 1 } } }],
    });
    expect(outcome.stderr).toMatch(/^matching: 2 participants, 1 providers, .* solve [\d.]+ ms/);
  });

  it('reads standard input for "-"', () => {
    expect(runCli(['-'], reader({ '-': JSON.stringify(instance) })).exitCode).toBe(0);
  });

  it('exits with 2 and names the field for bad input', () => {
    const bad = { ...instance, providers: [{ id: 'welcome-meeting', capacity: -1 }] };
    const outcome = runCli(['-'], reader({ '-': JSON.stringify(bad) }));
    expect(outcome.exitCode).toBe(2);
    expect(outcome.stdout).toBe('');
    expect(JSON.parse(outcome.stderr)).toEqual({
      error: {
        code: 'invalid-input',
        path: 'providers[0].capacity',
        message: 'providers[0].capacity: must be a non-negative integer, got -1',
      },
    });
  });

  it('exits with 2 for malformed JSON, a missing file and an impossible lock', () => {
    expect(runCli(['-'], reader({ '-': '{"kind":' })).exitCode).toBe(2);
    expect(runCli(['missing.json'], reader({})).exitCode).toBe(2);
    const locked = {
      ...instance,
      must: [
        ['p1', 'welcome-meeting'],
        ['p2', 'welcome-meeting'],
      ],
    };
    const outcome = runCli(['-'], reader({ '-': JSON.stringify(locked) }));
    expect(outcome.exitCode).toBe(2);
    expect(JSON.parse(outcome.stderr).error.code).toBe('impossible-must');
  });
});
