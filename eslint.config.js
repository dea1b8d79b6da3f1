// @ts-check
import { readdirSync, readFileSync } from 'node:fs';
import js from '@eslint/js';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

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
const obpFieldNameRules = [
  // A form field, an error path, a key: 'legal_name', 'creator.email_address'.
  { selector: `Literal[value=/^(?:[\\w$]+\\.)*(?:${obpName})(?:\\.[\\w$]+)*$/]`, message: wireNameMessage },
  // A path built in a template: `dependants.${index}.date_of_birth`.
  { selector: `TemplateElement[value.raw=/(?:^|\\.)(?:${obpName})(?:\\.|$)/]`, message: wireNameMessage },
  // { legal_name: … }, values.legal_name, errors.legal_name, type { legal_name: string }.
  { selector: `Property > Identifier.key[name=/^(?:${obpName})$/]`, message: wireNameMessage },
  { selector: `MemberExpression > Identifier.property[name=/^(?:${obpName})$/]`, message: wireNameMessage },
  { selector: `TSPropertySignature > Identifier.key[name=/^(?:${obpName})$/]`, message: wireNameMessage },
];

export default tseslint.config(
  { ignores: ['dist/**', 'build/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.bench/**', 'data/**'] },
  js.configs.recommended,
  { files: ['*.js'], languageOptions: { globals: globals.node } },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'import-x': importX, 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    settings: { 'import-x/resolver': { typescript: true, node: true } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-hooks/refs': 'off',
      'react-hooks/set-state-in-effect': 'off',
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      // `import { type A } from 'x'` keeps `import 'x'` under verbatimModuleSyntax: the module (and its zod schemas)
      // would load with every importer. Only types from a module: `import type`.
      '@typescript-eslint/no-import-type-side-effects': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
      'import-x/no-cycle': 'off',
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            // Features stand alone: what two features share lives in components/, lib/ or api/.
            ...features.map((feature) => ({
              target: `./src/features/${feature}`,
              from: './src/features',
              except: [`./${feature}`],
              message: 'No cross-feature imports: move what is shared to src/lib, src/components or src/api.',
            })),
            {
              target: ['./src/features', './src/components', './src/lib', './src/api', './src/config', './src/i18n/!(*.test).ts*'],
              from: './src/app',
              message: 'Only the app layer composes routes; nothing below it imports from src/app.',
            },
            {
              target: './src/api',
              from: ['./src/features', './src/components', './src/lib'],
              message: 'The API client depends on nothing above it.',
            },
            {
              // Screens read and write through src/api/resources (one key per endpoint), never the client itself.
              target: ['./src/features', './src/components', './src/app'],
              from: './src/api/client.ts',
              message: 'Fetch through a resource in src/api/resources, not the client.',
            },
            {
              target: './server',
              from: './src',
              except: ['./api/schemas'],
              message: 'The sandbox may import only the shared wire schemas (src/api/schemas).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'localStorage', message: 'Nothing may be kept in localStorage: use memory or sessionStorage.' },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'window', property: 'localStorage', message: 'Nothing may be kept in localStorage.' },
      ],
    },
  },
  {
    // Screens never spell an OBP field name; tests may (a stubbed answer is OBP's JSON, a sent body is OBP's body).
    files: ['src/features/**/*.{ts,tsx}', 'src/components/**/*.{ts,tsx}', 'src/app/**/*.{ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}'],
    rules: { 'no-restricted-syntax': ['error', ...obpFieldNameRules] },
  },
  {
    files: ['**/*.test.{ts,tsx}', 'e2e/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    // Benchmarks and scripts report on the terminal.
    files: ['bench/**/*.ts', 'scripts/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
  {
    // Playwright fixtures call their argument `use`, which is not React's hook.
    files: ['e2e/**/*.ts'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
);
