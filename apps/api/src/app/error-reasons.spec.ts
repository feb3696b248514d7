import * as accounts from '@brobygger/api/accounts';
import * as associations from '@brobygger/api/associations';
import * as followUp from '@brobygger/api/follow-up';
import * as fritidspas from '@brobygger/api/fritidspas';
import * as mail from '@brobygger/api/mail';
import * as matches from '@brobygger/api/matches';
import * as participants from '@brobygger/api/participants';
import * as util from '@brobygger/api/util';
import * as volunteers from '@brobygger/api/volunteers';
import { ERROR_REASON_ENUMS } from './error-reasons';

/** Every enum the api libraries export as `…ErrorReason`: a new one must be registered too. */
const exported = Object.entries({
  ...util,
  ...accounts,
  ...associations,
  ...followUp,
  ...fritidspas,
  ...mail,
  ...matches,
  ...participants,
  ...volunteers,
} as Record<string, unknown>).filter(([name]) => name.endsWith('ErrorReason'));

describe('error reasons', () => {
  it('puts every exported reason enum in the schema', () => {
    const registered = new Set<unknown>(Object.values(ERROR_REASON_ENUMS));
    expect(exported.filter(([, reasons]) => !registered.has(reasons)).map(([name]) => name)).toEqual([]);
    expect(exported).toHaveLength(Object.keys(ERROR_REASON_ENUMS).length);
  });

  it('has each value once across all enums, as the web joins them into one union', () => {
    const seen = new Map<string, string>();
    const duplicates: string[] = [];
    for (const [name, reasons] of Object.entries(ERROR_REASON_ENUMS)) {
      for (const value of Object.values(reasons as Record<string, string>)) {
        const first = seen.get(value);
        if (first) duplicates.push(`${value} (${first} and ${name})`);
        else seen.set(value, name);
      }
    }
    expect(duplicates).toEqual([]);
  });

  it('uses each value as its own key, so the name in code is the name on the wire', () => {
    for (const reasons of Object.values(ERROR_REASON_ENUMS)) {
      for (const [key, value] of Object.entries(reasons)) expect(value).toBe(key);
    }
  });
});
