import baseConfig from '../eslint.config.mjs';

export default [
  ...baseConfig,
  {
    // A migration runs the SQL it was written with, forever: it imports typeorm and its own
    // support/ files, never live code whose change would rewrite what an old migration runs.
    files: ['**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@brobygger/*'],
              message: 'Migrations never import live code: freeze what they need in migrations/support/.',
            },
          ],
        },
      ],
    },
  },
];
