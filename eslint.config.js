import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['eslint.config.js', 'bin/**', 'node_modules/**', 'web/dist/**', 'data/**', 'data-demo/**', 'coverage/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
      '@typescript-eslint/no-empty-object-type': 'off',
      eqeqeq: ['error', 'always'],
      curly: ['error', 'all'],
      'no-restricted-imports': ['error', {
        patterns: [{ group: ['**/modules/*/*.repo.ts'], message: 'Another module\'s tables are reached through its service.' }],
      }],
    },
  },
  {
    // A module may use its own repository.
    files: ['server/modules/**/*.ts', 'server/demo/**/*.ts', 'server/test/**/*.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
);
