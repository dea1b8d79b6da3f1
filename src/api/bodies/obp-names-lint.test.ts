import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { obpFieldNameRules } from '../../../eslint.config.obp-names.js';

/*
 * The lint rule that keeps OBP's field names in src/api (`no-restricted-syntax` on src/features, src/components and
 * src/app outside tests, eslint.config.js): a screen that spells one fails `npm run lint`; a name OBP does not use
 * passes. The rule alone, on plain JavaScript: the whole config's parser and import resolver take half a minute here.
 */
const eslint = new ESLint({
  overrideConfigFile: true,
  overrideConfig: [{ files: ['**/*.js'], rules: { 'no-restricted-syntax': ['error', ...obpFieldNameRules] } }],
});

const flaggedLines = async (source: string) => {
  const [result] = await eslint.lintText(source, { filePath: 'example-form.js' });
  return (result?.messages ?? []).map((message) => `${message.line}:${message.ruleId ?? message.message}`);
};

describe('OBP field names in screens', () => {
  it('are an error wherever a screen spells one: a key, a read, a field name, a path, a built path', async () => {
    const source = [
      "export const key = { legal_name: 'Ana' };",
      'export const read = (values) => values.date_of_birth;',
      "export const field = 'customer_number';",
      "export const path = 'creator.email_address';",
      'export const built = (index) => `dependants.${index}.date_of_birth`;',
    ].join('\n');
    expect(await flaggedLines(source)).toEqual([1, 2, 3, 4, 5].map((line) => `${line}:no-restricted-syntax`));
  });

  it('leaves message keys, camelCase names and snake_case that is no OBP field alone', async () => {
    const source = [
      "export const message = 'createCustomer.validation.required';",
      "export const form = { legalName: '', dateOfBirth: '' };",
      "export const other = { not_obp: 'some_value' };",
    ].join('\n');
    expect(await flaggedLines(source)).toEqual([]);
  });
});
