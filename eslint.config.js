import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';

const noElectron = {
  'no-restricted-imports': [
    'error',
    {
      paths: [
        {
          name: 'electron',
          message:
            'The studio core, the contract and the renderer run without Electron: only electron/main.ts, electron/preload.ts and electron/shell/ may import it.',
        },
      ],
      patterns: [{ group: ['electron/*'], message: 'Only the Electron shell may import electron.' }],
    },
  ],
};

export default tseslint.config(
  { ignores: ['.data/**', '.*', '.*/**', 'out/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'tests/artifacts/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['electron/core/**', 'electron/cli/**', 'electron/cli.ts', 'shared/**', 'renderer/**', 'tests/**', 'scripts/**'],
    rules: noElectron,
  },
  {
    // The core and the shared contract stand below the screens: they never reach into renderer/.
    files: ['electron/**', 'shared/**'],
    ignores: ['electron/main.ts', 'electron/preload.ts', 'electron/shell/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: noElectron['no-restricted-imports'][1].paths,
          patterns: [
            ...noElectron['no-restricted-imports'][1].patterns,
            { group: ['**/renderer/**'], message: 'The core and shared/ must not import from the renderer: move shared code to shared/.' },
          ],
        },
      ],
    },
  },
  {
    // Chat and catalog text is never HTML.
    files: ['renderer/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Never render text as HTML.' },
        { selector: "AssignmentExpression[left.property.name='innerHTML']", message: 'Never render text as HTML.' },
      ],
    },
  },
  {
    // No import cycles: a cycle means two modules are one, or a shared piece sits in the wrong one.
    files: ['renderer/**', 'electron/**', 'shared/**'],
    plugins: { 'import-x': importX },
    settings: {
      // TypeScript sources are modules too (the rule skips files outside these extensions), resolved like the bundler does.
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] })],
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  // Layout belongs to Prettier (`npm run format`); eslint keeps to correctness.
  prettier,
);
