/** `legal_name` → `legalName`, as a type. */
export type CamelCase<Name extends string> = Name extends `${infer Head}_${infer Tail}` ? `${Head}${Capitalize<CamelCase<Tail>>}` : Name;

const camelCase = (name: string) => name.replace(/_([a-z0-9])/g, (_match, letter: string) => letter.toUpperCase());

/**
 * A table of OBP column limits (kept in `schemas/` under OBP's names, which the sandbox shares) under the console's
 * names, so that a form's checks and hints never spell an OBP field name.
 */
export const fieldLimits = <Limits extends Record<string, number>>(limits: Limits) =>
  Object.fromEntries(Object.entries(limits).map(([name, limit]) => [camelCase(name), limit])) as {
    readonly [Name in keyof Limits & string as CamelCase<Name>]: Limits[Name];
  };
