// Flat config: typescript-eslint's recommended rules (not the type-checked set, to stay fast),
// plus the two house rules that protect the architecture: no console output outside the CLI,
// and no clock reads in extraction or ingest (dates resolve against `published`, never "now").
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

const clockFree = {
  'no-restricted-syntax': [
    'error',
    {
      selector: "NewExpression[callee.name='Date'][arguments.length=0]",
      message: 'Extraction and ingest read no clock: resolve dates against `published` (pass it in).',
    },
    {
      selector: "CallExpression[callee.name='Date']",
      message: 'Extraction and ingest read no clock: `Date()` returns the current time as a string.',
    },
    {
      selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
      message: 'Extraction and ingest read no clock: resolve dates against `published` (pass it in).',
    },
  ],
};

export default defineConfig(
  { ignores: ['node_modules/', 'bench-data/', 'tmp/', 'coverage/', '.prof/', 'screenshots/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { module: 'writable', require: 'readonly', __dirname: 'readonly' },
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/cli/**'],
    rules: { 'no-console': 'error' },
  },
  {
    files: ['src/extract/**/*.ts', 'src/ingest/**/*.ts'],
    ignores: ['src/**/*.test.ts'],
    rules: clockFree,
  },
);
