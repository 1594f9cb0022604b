export default [
  {
    files: ['**/*.js'],
    languageOptions: { ecmaVersion: 2024, sourceType: 'module' },
    rules: {
      eqeqeq: 'error',
      'no-var': 'error',
      'no-unused-vars': 'error',
      'prefer-const': 'warn',
    },
  },
];
