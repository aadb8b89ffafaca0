import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/** An import of a folder of src/, however many ../ lead to it. */
const layer = (folder, message, except = '') => ({
  regex: `(^|/)${folder}/${except}`,
  message,
});
const APP = layer(
  'app',
  'app/ wires the guide together: pass what is needed in through props (only the flow context may be imported).',
  '(?!flow-context$)',
);
const UI = layer('ui', 'The UI sits on top: nothing below it imports it.');
const BOUNDARIES = layer(
  'boundaries',
  'Storage and links are read and written in app/, which passes the results in.',
);
const LETTERS = layer(
  'letters',
  'letters/ builds letters; general helpers live in forms/ and i18n/.',
);

const BROWSER_GLOBALS = [
  'window',
  'document',
  'localStorage',
  'sessionStorage',
  'navigator',
  'location',
].map((name) => ({ name, message: 'flows/ is pure: the app passes in what it needs.' }));

export default tseslint.config(
  { ignores: ['dist', 'coverage', 'node_modules', 'test-results', 'bench-results'] },
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { prefer: 'type-imports' }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    // The flow is pure TypeScript: no React, no i18next, no browser APIs, no app code.
    files: ['flows/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['react', 'react-*', 'i18next', '*/src/*', '../src/*', '../../src/*'] },
      ],
      'no-restricted-globals': ['error', ...BROWSER_GLOBALS],
    },
  },
  // The arrows point one way: ui -> (flows, i18n, forms, evidence); app -> everything;
  // boundaries -> (flows, forms, evidence). The UI gets storage, the share link and the app's
  // state through props, or the flow's actor context.
  {
    files: ['src/ui/**'],
    ignores: ['src/ui/letters/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [APP, BOUNDARIES, LETTERS] }] },
  },
  {
    // Not yet: the letters screen still reads the evidence log itself (LettersScreen.tsx), and
    // the letters work that would change it is in progress elsewhere.
    files: ['src/ui/letters/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [APP] }] },
  },
  {
    files: ['src/boundaries/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [APP, UI, LETTERS] }] },
  },
  {
    files: ['src/letters/**', 'src/evidence/**', 'src/forms/**', 'src/i18n/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [APP, UI, BOUNDARIES] }] },
  },
  {
    files: ['src/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: { ...reactHooks.configs.recommended.rules, ...jsxA11y.configs.recommended.rules },
  },
  {
    files: ['**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
);
