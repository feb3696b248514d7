import * as rules from '../index';

const closedLists = Object.entries(rules as Record<string, unknown>).filter(
  (entry): entry is [string, readonly string[]] => Array.isArray(entry[1]),
);

describe('shared rules', () => {
  it('has the closed lists the api turns into GraphQL enums', () => {
    expect(closedLists.map(([name]) => name)).toEqual(
      expect.arrayContaining([
        'GENDERS',
        'LANGUAGE_LEVELS',
        'VOLUNTEER_ROLES',
        'CHILD_CERTIFICATE_STATUSES',
        'EVENT_KINDS',
      ]),
    );
  });

  it.each(closedLists)('%s holds distinct lower-case kebab-case values (each becomes an enum name)', (_name, list) => {
    expect(new Set(list).size).toBe(list.length);
    for (const value of list) expect(value).toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
  });

  it('offers 21 weekly availability slots, seven days by three parts', () => {
    expect(rules.AVAILABILITY_SLOTS).toHaveLength(21);
    expect(rules.AVAILABILITY_SLOTS).toContain('mon-evening');
  });
});
