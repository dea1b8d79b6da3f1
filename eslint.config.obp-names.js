// @ts-check
import { readdirSync, readFileSync } from 'node:fs';

/*
 * OBP's field names (issue 8): every snake_case name the API layer spells — the shared wire schemas, the readers in
 * src/api/wire and the body writers in src/api/bodies (Customer Desk's own /desk API is not OBP). Screens use the
 * console's camelCase names; a form's values become OBP's body only in src/api/bodies.
 */
const obpApiFiles = ['schemas', 'wire', 'bodies'].flatMap((folder) =>
  readdirSync(new URL(`./src/api/${folder}`, import.meta.url))
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts') && !file.startsWith('desk-'))
    .map((file) => readFileSync(new URL(`./src/api/${folder}/${file}`, import.meta.url), 'utf8')),
);
const obpFieldNames = [...new Set(obpApiFiles.flatMap((source) => source.match(/\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\b/g) ?? []))].sort();
const obpName = obpFieldNames.join('|');
const wireNameMessage = "OBP's field names stay in src/api (wire/ reads them, bodies/ writes them): use the console's camelCase name.";
export const obpFieldNameRules = [
  // A form field, an error path, a key: 'legal_name', 'creator.email_address'.
  { selector: `Literal[value=/^(?:[\\w$]+\\.)*(?:${obpName})(?:\\.[\\w$]+)*$/]`, message: wireNameMessage },
  // A path built in a template: `dependants.${index}.date_of_birth`.
  { selector: `TemplateElement[value.raw=/(?:^|\\.)(?:${obpName})(?:\\.|$)/]`, message: wireNameMessage },
  // { legal_name: … }, values.legal_name, errors.legal_name, type { legal_name: string }.
  { selector: `Property > Identifier.key[name=/^(?:${obpName})$/]`, message: wireNameMessage },
  { selector: `MemberExpression > Identifier.property[name=/^(?:${obpName})$/]`, message: wireNameMessage },
  { selector: `TSPropertySignature > Identifier.key[name=/^(?:${obpName})$/]`, message: wireNameMessage },
];
