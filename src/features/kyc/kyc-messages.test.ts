import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '@/i18n/languages';
import { loadMessages } from '@/i18n/messages';
import { CHECK_METHOD_KEYS } from './kyc-checks-section';
import { DOCUMENT_TYPE_KEYS } from './kyc-documents-section';
import { MEDIA_TYPE_KEYS } from './kyc-media-section';

describe('KYC messages built from lists', () => {
  it.each(LANGUAGES.map((language) => language.code))('exist in %s', async (language) => {
    const messages = await loadMessages(language, 'all');
    const keys = [
      ...CHECK_METHOD_KEYS.map((key) => `kyc.checks.methods.${key}`),
      ...DOCUMENT_TYPE_KEYS.map((key) => `kyc.documents.types.${key}`),
      ...MEDIA_TYPE_KEYS.map((key) => `kyc.media.types.${key}`),
    ];
    expect(keys.filter((key) => !messages[key])).toEqual([]);
  });
});
