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
            'The studio core, the contract and the renderer run without Electron: only electron/main.ts and electron/preload.ts may import it.',
        },
      ],
      patterns: [{ group: ['electron/*'], message: 'Only the Electron shell may import electron.' }],
    },
  ],
};

const storeOnly = 'SQL belongs in electron/core/store/: call (or add) a typed store function there.';
// A string or the head of a template that starts like a statement.
const SQL_TEXT =
  '/^\\s*(SELECT\\s|INSERT\\s+(OR\\s+\\w+\\s+)?INTO\\s|UPDATE\\s+\\w+\\s+SET\\s|DELETE\\s+FROM\\s|WITH\\s+\\w+|PRAGMA\\s|BEGIN\\b|SAVEPOINT\\s)/';
const sqlOnlyInStore = [
  { selector: 'CallExpression[callee.property.name=/^(prepare|transaction|pragma)$/]', message: storeOnly },
  // exec on a database handle (RegExp#exec stays allowed).
  { selector: "CallExpression[callee.property.name='exec'][callee.object.name=/^(db|.*Db)$/]", message: storeOnly },
  { selector: "CallExpression[callee.property.name='exec'][callee.object.property.name=/^(db|.*Db)$/]", message: storeOnly },
  { selector: `Literal[value=${SQL_TEXT}]`, message: storeOnly },
  { selector: `TemplateLiteral > TemplateElement:first-child[value.raw=${SQL_TEXT}]`, message: storeOnly },
  {
    selector: "ImportDeclaration[source.value=/store\\/sql$/] > ImportSpecifier[imported.name='prepared']",
    message: 'prepared() runs SQL text: only store modules use it. Outside the store, call store functions (writeTx/readTx are fine).',
  },
];
const STOCK_UPDATE = '/UPDATE\\s+variants\\s+SET\\s+stock\\b/';
const stockOnlyInStockModule = [`Literal[value=${STOCK_UPDATE}]`, `TemplateElement[value.raw=${STOCK_UPDATE}]`].map((selector) => ({
  selector,
  message:
    'Every stock change goes through store/stock.ts (it keeps the ledger invariant): call adjustStock/holdForOrder/releaseFromOrder.',
}));
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
  {
    // One store layer: SQL text, statements and transactions live in electron/core/store/; everything
    // else calls its typed functions (and may wrap several in store/sql.ts writeTx/readTx). Tests are exempt.
    files: ['electron/**'],
    ignores: ['electron/core/store/**'],
    rules: { 'no-restricted-syntax': ['error', ...sqlOnlyInStore] },
  },
  {
    // Every stock change goes through the stock module, which writes the ledger beside it.
    files: ['electron/core/store/**'],
    ignores: ['electron/core/store/stock.ts'],
    rules: { 'no-restricted-syntax': ['error', ...stockOnlyInStockModule] },
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
