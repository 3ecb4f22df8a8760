// @ts-check
import js from '@eslint/js';
import drizzle from 'eslint-plugin-drizzle';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

// The Drizzle objects in this code base: the client from getDb()/openDatabase()
// and the transaction handle inside db.transaction((tx) => ...).
const drizzleObjectName = ['db', 'tx'];

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      '.next*/',
      'out/',
      'data/',
      'test-results/',
      'playwright-report/',
      'blob-report/',
      'next-env.d.ts',
      'db/migrations/',
    ],
  },
  js.configs.recommended,
  // Syntax-only rules (no type information), so linting stays fast.
  ...tseslint.configs.recommended,
  reactHooks.configs.flat['recommended-latest'],
  {
    plugins: { drizzle },
    rules: {
      // A delete or update without where() empties or rewrites a whole table.
      'drizzle/enforce-delete-with-where': ['error', { drizzleObjectName }],
      'drizzle/enforce-update-with-where': ['error', { drizzleObjectName }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // A query or transaction that is not awaited never runs, or runs after its
    // caller has answered: with the async data layer these need type
    // information, so only these two rules use it.
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
    },
  },
  {
    // CommonJS config files (next.config.js) run in Node.
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { require: 'readonly', module: 'writable', __dirname: 'readonly', process: 'readonly' },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
