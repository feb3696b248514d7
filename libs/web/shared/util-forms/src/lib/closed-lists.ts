import { type EnumName, enumName } from '@brobygger/shared/rules';

export { type EnumName, enumName };

/** The API's enum names of a closed list of `@brobygger/shared/rules`, in the list's order (for a form's options). */
export function enumNames<const Values extends readonly string[]>(values: Values): EnumName<Values[number]>[] {
  return values.map((value) => enumName(value) as EnumName<Values[number]>);
}

/** `LEISURE_GUIDE` → `leisure-guide`. */
export type ListValue<Name extends string> = Lowercase<
  Name extends `${infer Head}_${infer Tail}` ? `${Head}-${ListValue<Tail>}` : Name
>;

/**
 * `LEISURE_GUIDE` → `leisure-guide`: the list's own value, which our translation keys were written
 * with (`wizard.role.leisure-guide`). A value already written so stays as it is.
 */
export function listValue<Name extends string>(name: Name): ListValue<Name> {
  return name.toLowerCase().replace(/_/g, '-') as ListValue<Name>;
}
