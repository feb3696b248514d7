/** `leisure-guide` → `LEISURE_GUIDE`: how the API's GraphQL enums name a value of a closed list. */
export type EnumName<Value extends string> = Uppercase<
  Value extends `${infer Head}-${infer Tail}` ? `${Head}_${EnumName<Tail>}` : Value
>;

/**
 * The GraphQL enum name of one stored value, e.g. `enumName('mon-evening')` → `MON_EVENING`. The api
 * builds its enums with it and the web sends with it, so both name every value the same way.
 */
export function enumName<Value extends string>(value: Value): EnumName<Value> {
  return value.replace(/-/g, '_').toUpperCase() as EnumName<Value>;
}
