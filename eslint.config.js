// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'packages/cli/dist/**', 'node_modules/**', 'coverage/**', 'bench/results/**', 'examples/**/node_modules/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'error',
    },
  },
  // Engines (packages/) are plain TypeScript: the runner is reached only through actions/.
  {
    files: ['packages/*/src/**/*.ts'],
    ignores: ['packages/toolkit/src/runner/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@actions/*'], message: 'Engines never import @actions/*: runner work belongs in actions/<name>/, over @devops-actions/toolkit/runner.' },
            {
              group: ['@devops-actions/toolkit/runner', '@devops-actions/toolkit/runner/*'],
              message: 'The runner glue is for actions/ only; engines use the pure @devops-actions/toolkit.',
            },
          ],
        },
      ],
    },
  },
  // Engines take what they need as options; the git layer (which hands git the environment) and the CLI (a front end) are where the process meets the machine.
  {
    files: ['packages/*/src/**/*.ts'],
    ignores: ['packages/toolkit/src/runner/**', 'packages/git/src/**', 'packages/cli/src/**'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'Engines never read process.env: take the value as an option from the action entry or the CLI.' },
      ],
    },
  },
  {
    files: ['**/*.js'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { parserOptions: { projectService: false }, globals: { process: 'readonly', console: 'readonly' } },
  },
);
