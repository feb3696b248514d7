import type { ListValue } from './closed-lists';
import { enumName, enumNames, listValue } from './closed-lists';

describe('closed lists between the API’s enums and our translation keys', () => {
  it('names each value as the API’s enum does, in the list’s order', () => {
    expect(enumNames(['mentor', 'leisure-guide', 'mon-evening'] as const)).toEqual([
      'MENTOR',
      'LEISURE_GUIDE',
      'MON_EVENING',
    ]);
  });

  it('turns an enum name back into the value translation keys use, and leaves such a value alone', () => {
    expect(listValue('NEEDS_ASSESSMENT')).toBe('needs-assessment');
    expect(listValue('FEMALE')).toBe('female');
    expect(listValue('not-needed')).toBe('not-needed');
    expect(listValue(enumName('mon-evening'))).toBe('mon-evening');
  });
});

// The types say the same as the functions: a translation key built from listValue is checked.
const role: ListValue<'LEISURE_GUIDE'> = 'leisure-guide';
void role;
