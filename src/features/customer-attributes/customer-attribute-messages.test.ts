import { describe, expect, it } from 'vitest';
import { CUSTOMER_ATTRIBUTE_TYPES } from '@/api/schemas/customer-attributes';
import { LANGUAGES } from '@/i18n/languages';
import { loadMessages } from '@/i18n/messages';
import { valueMessageKey } from './customer-attribute-form-schema';

describe('attribute messages built from the types', () => {
  it.each(LANGUAGES.map((language) => language.code))('exist in %s', async (language) => {
    const messages = await loadMessages(language, 'all');
    const keys = CUSTOMER_ATTRIBUTE_TYPES.flatMap((type) => [`attributes.types.${type}`, `attributes.valueHints.${type}`, valueMessageKey(type)]);
    expect(keys.filter((key) => !messages[key])).toEqual([]);
  });
});
