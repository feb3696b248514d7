import { parseCsv } from './csv';

describe('parseCsv', () => {
  it('reads rows by header name', () => {
    expect(parseCsv('name,postcode\nSkibby,4050\n')).toEqual([{ name: 'Skibby', postcode: '4050' }]);
  });

  it('keeps commas and quotes inside quoted cells', () => {
    expect(parseCsv('name,note\n"Kulturcafé, Slangerup","say ""hej"""')).toEqual([
      { name: 'Kulturcafé, Slangerup', note: 'say "hej"' },
    ]);
  });

  it('fills missing trailing cells with empty strings and skips blank lines', () => {
    expect(parseCsv('a,b,c\n1,2\n\n')).toEqual([{ a: '1', b: '2', c: '' }]);
  });
});
