/** `leisure-guide` → `LEISURE_GUIDE`: the GraphQL name of a stored kebab-case value. */
type EnumName<Value extends string> = Uppercase<
  Value extends `${infer Head}-${infer Tail}` ? `${Head}_${EnumName<Tail>}` : Value
>;

/** A GraphQL enum object for a closed list: `{ LEISURE_GUIDE: 'leisure-guide', … }`. */
export type EnumOf<Values extends readonly string[]> = { readonly [V in Values[number] as EnumName<V>]: V };

/** The GraphQL name of one stored value, e.g. `enumName('mon-evening')` → `MON_EVENING`. */
export function enumName<Value extends string>(value: Value): EnumName<Value> {
  return value.replace(/-/g, '_').toUpperCase() as EnumName<Value>;
}

/**
 * Turns a closed list of `@brobygger/shared/rules` into the object `registerEnumType` takes, so the
 * list is written once: GraphQL shows the UPPER_SNAKE names, resolvers and the database keep the
 * stored kebab-case values (`enumOf(['leisure-guide'])` → `{ LEISURE_GUIDE: 'leisure-guide' }`).
 */
export function enumOf<const Values extends readonly string[]>(values: Values): EnumOf<Values> {
  return Object.freeze(Object.fromEntries(values.map((value) => [enumName(value), value]))) as EnumOf<Values>;
}
