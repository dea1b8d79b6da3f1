import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '@/i18n/languages';
import { loadMessages } from '@/i18n/messages';
import { REQUEST_DETAIL_FIELDS } from '@/api/wire/credit';

describe('credit-limit request field labels', () => {
  it.each(LANGUAGES.map((language) => language.code))('exist in %s', async (language) => {
    const messages = await loadMessages(language, 'all');
    expect(REQUEST_DETAIL_FIELDS.map((field) => `credit.requests.fields.${field}`).filter((key) => !messages[key])).toEqual([]);
  });
});
