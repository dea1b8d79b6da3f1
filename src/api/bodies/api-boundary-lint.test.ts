import { ESLint } from 'eslint';
import importX from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import { apiBoundaryZones } from '../../../eslint.config.api-boundary.js';

/*
 * The import zones that keep OBP's bodies and shapes in src/api (`import-x/no-restricted-paths`, eslint.config.js):
 * a screen that imports a body writer or an OBP request type fails `npm run lint`; drafts, domain types, the role
 * tables and any test pass. The zones alone (no type information), on files placed where screens live.
 */
const eslint = new ESLint({
  overrideConfigFile: true,
  overrideConfig: [
    {
      files: ['**/*.ts'],
      languageOptions: { parser: tseslint.parser },
      plugins: { 'import-x': importX },
      settings: { 'import-x/resolver': { typescript: true } },
      rules: { 'import-x/no-restricted-paths': ['error', { zones: apiBoundaryZones }] },
    },
  ],
});

const flaggedLines = async (source: string, filePath: string) => {
  const [result] = await eslint.lintText(source, { filePath });
  return (result?.messages ?? []).map((message) => `${message.line}:${message.ruleId ?? message.message}`);
};

const screenImports = [
  "import { toAddressBody } from '@/api/bodies/addresses';",
  "import { toCreateCustomerBody } from '@/api/bodies/customers';",
  "import type { PostCustomerAddress } from '@/api/schemas/addresses';",
  "import { putKycStatus } from '@/api/schemas/kyc';",
].join('\n');

describe('the API boundary in screens', () => {
  it('is an error wherever a screen imports a body writer or an OBP request shape', async () => {
    for (const screen of ['src/features/addresses/address-form.ts', 'src/components/field.ts', 'src/app/routes/example-route.ts']) {
      expect(await flaggedLines(screenImports, screen), screen).toEqual([1, 2, 3, 4].map((line) => `${line}:import-x/no-restricted-paths`));
    }
  });

  it('lets screens import drafts, domain types, resources and the role tables, and lets tests build OBP JSON', async () => {
    const allowed = [
      "import { ADDRESS_FIELD_LIMITS } from '@/api/drafts/addresses';",
      "import { customerFieldProblem } from '@/api/drafts/customers';",
      "import { sentAddress } from '@/api/wire/addresses';",
      "import { useCreateAddress } from '@/api/resources/addresses';",
      "import { ROLES } from '@/api/schemas/roles';",
      "import type { OperationId } from '@/api/schemas/operations';",
    ].join('\n');
    expect(await flaggedLines(allowed, 'src/features/addresses/address-form.ts')).toEqual([]);
    expect(await flaggedLines(screenImports, 'src/features/addresses/addresses-tab.test.ts')).toEqual([]);
    // Inside src/api the hooks write the bodies themselves.
    expect(await flaggedLines(screenImports, 'src/api/resources/addresses.ts')).toEqual([]);
  });
});
