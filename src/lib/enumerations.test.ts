import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CRM_CATEGORIES, CRM_CHANNELS, CRM_RESULTS, INVITEE_STATUSES, MEETING_PROVIDERS, MEETING_PURPOSES } from '../../server/seed/seed-meetings-and-crm-events';
import { LANGUAGES } from '@/i18n/languages';
import { flatten, type Messages } from '@/i18n/messages';
import { ENUMERATIONS, enumerationKey, isKnownValue, type Enumeration } from './enumerations';

const localesDir = join(__dirname, '..', 'i18n', 'locales');

function messagesOf(language: string): Messages {
  const messages: Messages = {};
  for (const file of readdirSync(join(localesDir, language))) {
    flatten(JSON.parse(readFileSync(join(localesDir, language, file), 'utf8')), file.replace(/\.json$/, ''), messages);
  }
  return messages;
}

const every = Object.entries(ENUMERATIONS).flatMap(([enumeration, { values }]) =>
  values.map((value) => [enumeration as Enumeration, value] as const),
);
/** Names of agencies are proper names: they may read the same in every language. */
const PROPER_NAMES: readonly Enumeration[] = ['creditRatingAgency'];

describe('enumerations', () => {
  it.each(LANGUAGES.map((language) => language.code))('every value has a translation in %s', (language) => {
    const messages = messagesOf(language);
    const untranslated = every.filter(([enumeration, value]) => !messages[enumerationKey(enumeration, value)]?.trim());
    expect(untranslated).toEqual([]);
  });

  it('Chinese never shows an enumeration value in English', () => {
    const messages = messagesOf('zh-CN');
    const english = every.filter(
      ([enumeration, value]) => !PROPER_NAMES.includes(enumeration) && !/\p{Script=Han}/u.test(messages[enumerationKey(enumeration, value)] ?? ''),
    );
    expect(english).toEqual([]);
  });

  it('no two values of one list share a message key', () => {
    for (const [enumeration, { values }] of Object.entries(ENUMERATIONS)) {
      const keys = values.map((value) => enumerationKey(enumeration as Enumeration, value));
      expect(new Set(keys).size, enumeration).toBe(keys.length);
    }
  });

  it('knows every value the sandbox seeds', () => {
    const seeded: [Enumeration, readonly string[]][] = [
      ['crmCategory', CRM_CATEGORIES],
      ['crmChannel', CRM_CHANNELS],
      ['crmResult', CRM_RESULTS],
      ['meetingPurpose', MEETING_PURPOSES],
      ['meetingProvider', MEETING_PROVIDERS],
      ['inviteeStatus', INVITEE_STATUSES],
    ];
    const unknown = seeded.flatMap(([enumeration, values]) => values.filter((value) => !isKnownValue(enumeration, value)).map((value) => `${enumeration}: ${value}`));
    expect(unknown).toEqual([]);
  });
});
