import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      '.build/',
      '.astro/',
      '.generated/',
      '.*.staging-*/',
      '.*.previous-*/',
      'node_modules/',
      'coverage/',
    ],
  },
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // Issue 15.6: core is pure and runs in the browser, so it reaches for nothing outside core.
    files: ['src/core/**/*.ts'],
    rules: {
      // tsconfig.core.json catches these as type errors too; the lint rule names the reason.
      'no-restricted-globals': [
        'error',
        ...[
          'process',
          'Buffer',
          '__dirname',
          '__filename',
          'require',
          'global',
          'setImmediate',
        ].map((name) => ({ name, message: 'src/core is browser code: no Node globals.' })),
      ],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*'], message: 'src/core is browser code: no Node built-ins.' },
            { group: ['astro', 'astro:*'], message: 'src/core does not depend on Astro.' },
            {
              group: [
                '**/pipeline/**',
                '**/node/**',
                '**/pages/**',
                '**/components/**',
                '**/data/**',
                '**/scripts/**',
                '**/test/**',
              ],
              message: 'src/core imports only from src/core (see src/README.md).',
            },
          ],
        },
      ],
    },
  },
);
