import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

const noElectron = {
  'no-restricted-imports': [
    'error',
    {
      paths: [
        {
          name: 'electron',
          message:
            'The studio core, the contract and the renderer run without Electron: only electron/main.ts and electron/preload.ts may import it.',
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
    ignores: ['electron/main.ts', 'electron/preload.ts'],
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
  // Layout belongs to Prettier (`npm run format`); eslint keeps to correctness.
  prettier,
);
