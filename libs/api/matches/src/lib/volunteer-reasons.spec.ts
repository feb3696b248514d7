import { reasonsForVolunteer } from './volunteer-reasons';

describe('reasonsForVolunteer', () => {
  it('keeps distance, languages without levels, interpreter and interests; drops age, waiting and scoring', () => {
    expect(
      reasonsForVolunteer([
        { key: 'distance', params: { km: 2.1 } },
        { key: 'sharedLanguage', params: { code: 'da', level: 'basic' } },
        { key: 'interpreter', params: {} },
        { key: 'sharedInterest', params: { interest: 'football' } },
        { key: 'ageGroup', params: { age: 34, min: 18 } },
        { key: 'waited', params: { days: 41 } },
        { key: 'locked', params: {} },
        { key: 'providedScore', params: { score: 0.9 } },
        { key: 'somethingNew', params: { secret: 'x' } },
      ]),
    ).toEqual([
      { key: 'distance', params: { km: 2.1 } },
      { key: 'sharedLanguage', params: { code: 'da' } },
      { key: 'interpreter', params: {} },
      { key: 'sharedInterest', params: { interest: 'football' } },
    ]);
  });

  it('drops a known reason whose parameter is missing rather than passing on the rest', () => {
    expect(
      reasonsForVolunteer([
        { key: 'distance', params: { km: '2', extra: 1 } },
        { key: 'sharedLanguage', params: { level: 'native' } },
      ]),
    ).toEqual([]);
  });
});
