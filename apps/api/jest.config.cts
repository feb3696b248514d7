/* Unit tests (*.spec.ts) and integration tests (*.integration-spec.ts) on a real PostgreSQL:
 * the server at DATABASE_URL when it is set, otherwise embedded PostgreSQL (PGlite). */
module.exports = {
  displayName: 'api',
  preset: '../../jest.preset.js',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/src/**/*.integration-spec.ts'],
  transform: {
    '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }],
  },
  moduleFileExtensions: ['ts', 'js', 'html'],
  coverageDirectory: '../../coverage/apps/api',
  // Starting an embedded PostgreSQL and migrating it takes seconds, not milliseconds.
  testTimeout: 120_000,
};
