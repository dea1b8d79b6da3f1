import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RECORD_TABS } from '@/features/customer-record/record-tabs';
import { SEARCH_MODES } from '@/features/customer-search/search-params';
import { LANGUAGES } from './languages';
import { flatten, type Messages } from './messages';

const localesDir = join(__dirname, 'locales');
const srcDir = join(__dirname, '..');

function messagesOf(language: string): Messages {
  const messages: Messages = {};
  for (const file of readdirSync(join(localesDir, language))) {
    const tree = JSON.parse(readFileSync(join(localesDir, language, file), 'utf8'));
    flatten(tree, file.replace(/\.json$/, ''), messages);
  }
  return messages;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return name === 'locales' ? [] : sourceFiles(full);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [full] : [];
  });
}

const english = messagesOf('en');
const namespaces = readdirSync(join(localesDir, 'en')).map((file) => file.replace(/\.json$/, ''));
const known = (key: string) => key in english || `${key}_other` in english;

describe('locales', () => {
  it.each(LANGUAGES.map((language) => language.code))('%s has every key English has, and no other', (language) => {
    const messages = messagesOf(language);
    expect(Object.keys(messages).sort()).toEqual(Object.keys(english).sort());
    for (const [key, value] of Object.entries(messages)) expect(value.trim(), `${language} ${key}`).not.toBe('');
  });

  it.each(LANGUAGES.map((language) => language.code))('%s keeps every {placeholder} of English', (language) => {
    const messages = messagesOf(language);
    const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
    for (const [key, value] of Object.entries(english)) {
      expect(placeholders(messages[key] ?? ''), `${language} ${key}`).toEqual(placeholders(value));
    }
  });

  it('has a message for every key the source names', () => {
    const pattern = new RegExp(`['"\`]((?:${namespaces.join('|')})\\.[A-Za-z0-9.-]+)['"\`]`, 'g');
    const missing: string[] = [];
    for (const file of sourceFiles(srcDir)) {
      for (const match of readFileSync(file, 'utf8').matchAll(pattern)) {
        if (!known(match[1]!)) missing.push(`${relative(srcDir, file)}: ${match[1]}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('has a message for every key built from a list', () => {
    const built = [...RECORD_TABS.map((tab) => `record.tab.${tab}`), ...SEARCH_MODES.map((mode) => `search.mode.${mode}`)];
    expect(built.filter((key) => !known(key))).toEqual([]);
  });
});
