/** Unit tests import the TypeScript sources; end-to-end tests run the built CLI (dist/). */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.test.json' }] },
  testTimeout: 60000,
  // Names each suite skipped for a missing prerequisite (Chromium, ../shared) at the end.
  reporters: ['default', '<rootDir>/tests/skip-reporter.js'],
};
