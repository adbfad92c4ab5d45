import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['core/**/*.ts'],
    rules: {
      'no-console': 'error',
      'no-restricted-globals': ['error', 'document', 'window', 'SpreadsheetApp', 'Office', 'Excel'],
    },
  },
);
