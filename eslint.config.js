// @ts-check
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { apiBoundaryZones } from './eslint.config.api-boundary.js';
import { obpFieldNameRules } from './eslint.config.obp-names.js';

const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

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
            // Screens pass drafts to the hooks; OBP's bodies and shapes stay in src/api.
            ...apiBoundaryZones,
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
