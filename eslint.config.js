// Lint rules, and the layering of src/ (see DEVELOPERS.md): each layer imports only those below it.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** A `no-restricted-imports` rule forbidding imports whose path matches one of `rules`. */
function forbid(...rules) {
  return { 'no-restricted-imports': ['error', { patterns: rules.map(([regex, message]) => ({ regex, message })) }] };
}

const UPPER = {
  ui: ['(^|/)ui/', 'the Ink interface (src/ui) is above this layer'],
  store: ['(^|/)store/', 'the store (src/store) is above this layer'],
  cli: ['(^|/)cli/', 'the CLI (src/cli) is above this layer'],
  text: ['(^|/)text/', 'the text layer (src/text) is above this layer'],
  ink: ['^(ink|react)(/|$)|^ink-', 'Ink and React belong to src/ui'],
  yargs: ['^yargs(/|$)', 'yargs belongs to src/cli'],
  sqlite: ['^better-sqlite3$', 'SQLite belongs to src/store'],
};

export default tseslint.config(
  { ignores: ['dist/', 'dist.*/', 'node_modules/', 'coverage/', 'test/fixtures/', 'bench/results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      // A terminal program matches control characters on purpose (escaping, ANSI codes).
      'no-control-regex': 'off',
    },
  },
  // The domain: pure TypeScript, below every other layer.
  {
    files: ['src/core/**'],
    rules: forbid(UPPER.ui, UPPER.store, UPPER.cli, UPPER.text, UPPER.ink, UPPER.yargs, UPPER.sqlite),
  },
  // Plain text for the terminal, shared by the Ink views and the CLI: no Ink.
  {
    files: ['src/text/**'],
    rules: forbid(UPPER.ui, UPPER.store, UPPER.cli, UPPER.ink, UPPER.yargs, UPPER.sqlite),
  },
  // The store: SQLite under the domain.
  {
    files: ['src/store/**'],
    rules: forbid(UPPER.ui, UPPER.cli, UPPER.text, UPPER.ink, UPPER.yargs),
  },
  // The Ink interface: given a session and callbacks by the CLI, never the store or the CLI itself.
  // Process concerns (signals, exit, the environment, fetch) are the CLI's (src/cli/ink-screen.ts).
  {
    files: ['src/ui/**'],
    rules: {
      ...forbid(UPPER.store, UPPER.cli, UPPER.yargs, UPPER.sqlite),
      'no-restricted-globals': [
        'error',
        { name: 'process', message: 'signals, exit and the environment belong to src/cli: the CLI passes the interface what it needs' },
        { name: 'globalThis', message: 'global changes belong to src/cli' },
      ],
    },
  },
  // Each command is a module of its own: what commands share lives in src/cli/, not in a command.
  {
    files: ['src/cli/commands/**'],
    ignores: ['src/cli/commands/index.ts'],
    rules: forbid(['^\\./', 'a command imports no other command: shared helpers live in src/cli/']),
  },
);
