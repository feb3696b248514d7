import { randomUUID } from 'node:crypto';

/** Valid CVR numbers (they pass the modulus-11 check), one per test that needs its own. */
export const VALID_CVRS = ['10000009', '10000017', '10000025', '10000033', '10000041'] as const;

export interface RegisterAssociationVariables {
  name: string;
  cvr?: string | null;
  kind: string;
  localityId: string;
  representative?: { displayName: string; email: string; preferredLanguage?: string } | null;
}

/** Input for registerAssociation: a new sports club in the given town, with a first representative. */
export function newAssociationInput(
  localityId: string,
  overrides: Partial<RegisterAssociationVariables> = {},
): RegisterAssociationVariables {
  const suffix = randomUUID().slice(0, 8);
  return {
    name: `Fjordens Roklub ${suffix}`,
    cvr: null,
    kind: 'SPORTS',
    localityId,
    representative: { displayName: 'Rikke Roer', email: `rikke.${suffix}@roklub.dk`, preferredLanguage: 'DA' },
    ...overrides,
  };
}
