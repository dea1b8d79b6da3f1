import type { Language } from './languages';
import { INITIAL_NAMESPACES } from './namespaces';

export type Messages = Record<string, string>;
type Tree = { [key: string]: string | Tree };

/** One JSON file per namespace and language, loaded lazily: `locales/<language>/<namespace>.json`. */
const loaders = import.meta.glob<Tree>('./locales/*/*.json', { import: 'default' });

export function flatten(tree: Tree, prefix: string, into: Messages = {}): Messages {
  for (const [key, value] of Object.entries(tree)) {
    const name = `${prefix}.${key}`;
    if (typeof value === 'string') into[name] = value;
    else flatten(value, name, into);
  }
  return into;
}

export type MessageScope = 'initial' | 'all';

const namespaceOf = (file: string) => file.slice(file.lastIndexOf('/') + 1, -'.json'.length);

export async function loadMessages(language: Language, scope: MessageScope = 'initial'): Promise<Messages> {
  const entries = Object.entries(loaders).filter(
    ([file]) =>
      file.startsWith(`./locales/${language}/`) &&
      (scope === 'all' || (INITIAL_NAMESPACES as readonly string[]).includes(namespaceOf(file))),
  );
  const trees = await Promise.all(entries.map(async ([file, load]) => [file, await load()] as const));
  const messages: Messages = {};
  for (const [file, tree] of trees) {
    flatten(tree, namespaceOf(file), messages);
  }
  return messages;
}

export type Params = Record<string, string | number>;

/** `{name}` placeholders; with a numeric `count`, `key_one` / `key_other` (CLDR plural rules) are preferred. */
export function translate(messages: Messages, language: Language, key: string, params?: Params): string {
  let template = messages[key];
  if (params && typeof params.count === 'number') {
    const rule = new Intl.PluralRules(language).select(params.count);
    template = messages[`${key}_${rule}`] ?? messages[`${key}_other`] ?? template;
  }
  if (template === undefined) return key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params?.[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? new Intl.NumberFormat(language).format(value) : value;
  });
}
