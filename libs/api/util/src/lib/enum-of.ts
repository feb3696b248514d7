import { type EnumName, enumName } from '@brobygger/shared/rules';

/** A GraphQL enum object for a closed list: `{ LEISURE_GUIDE: 'leisure-guide', … }`. */
export type EnumOf<Values extends readonly string[]> = { readonly [V in Values[number] as EnumName<V>]: V };

/**
 * Turns a closed list of `@brobygger/shared/rules` into the object `registerEnumType` takes, so the
 * list is written once: GraphQL shows the UPPER_SNAKE names, resolvers and the database keep the
 * stored kebab-case values (`enumOf(['leisure-guide'])` → `{ LEISURE_GUIDE: 'leisure-guide' }`).
 */
export function enumOf<const Values extends readonly string[]>(values: Values): EnumOf<Values> {
  return Object.freeze(Object.fromEntries(values.map((value) => [enumName(value), value]))) as EnumOf<Values>;
}

export { enumName };
