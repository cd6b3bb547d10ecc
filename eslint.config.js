// ESLint for the TypeScript of the pipeline, the scripts, the browser island and the tests.
// The .astro files are checked by `astro build`; dist/ and generated data are not ours to lint.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', '.astro/', '.scratch/', 'src/data/', 'tests/output/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.mjs', '**/*.js'],
    languageOptions: { ecmaVersion: 2024, sourceType: 'module' },
    rules: {
      // Unused names are dead code, except a deliberately ignored leading `_`.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Regexes over news text match control and zero-width characters on purpose.
      'no-control-regex': 'off',
      'no-misleading-character-class': 'off',
    },
  },
);
