import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

const nodeNames = ['fs', 'fs/promises', 'path', 'os', 'crypto', 'child_process', 'http', 'https', 'net', 'url', 'util', 'stream', 'worker_threads'];
const nodePaths = nodeNames.map((name) => ({ name, message: 'Use node:* only outside src/ and renderer/.' }));

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'release/**', 'node_modules/**', '.bench/**', '.tsbuild/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': ['error', { selector: "CallExpression[callee.property.name='sendSync']", message: 'IPC uses invoke only.' }],
    },
  },
  {
    // The pure core: no Node, no DOM, no Electron, no React, nothing from the outer layers.
    files: ['src/**/*.ts'],
    ignores: ['src/**/*.test.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: nodePaths,
          patterns: [
            { group: ['node:*'], message: 'src/ is pure: pass data in instead of reading it.' },
            { group: ['electron', 'react', 'react-dom', 'react/*', 'react-dom/*', 'prosemirror-view'], message: 'src/ runs everywhere: no UI or Electron.' },
            { group: ['**/main/**', '**/renderer/**', '../../main/*', '../../renderer/*'], message: 'Layers point inward: src/ imports neither main/ nor renderer/.' },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      'no-restricted-imports': [
        'error',
        {
          paths: nodePaths,
          patterns: [
            { group: ['node:*'], message: 'The renderer has no Node: ask the back end through the contract.' },
            { group: ['electron'], message: 'The renderer talks to the preload verbs, never to electron.' },
            { group: ['**/main/**'], message: 'The renderer talks only to the contract (src/api).' },
          ],
        },
      ],
    },
  },
  {
    // The renderer's tests run in Node: they may read files and wire the real back-end handlers.
    files: ['renderer/**/*.test.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['main/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/renderer/**'], message: 'main/ never imports the renderer.' }] }],
    },
  },
  {
    // Only the Electron layer may import electron; services and the CLI stay runnable in plain Node.
    files: ['main/node/**/*.ts', 'main/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['electron'], message: 'Services run in plain Node; only main/electron imports electron.' },
            { group: ['**/renderer/**'], message: 'main/ never imports the renderer.' },
          ],
        },
      ],
    },
  },
);
