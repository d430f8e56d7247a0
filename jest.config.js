/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  testMatch: ['<rootDir>/__tests__/**/*.test.ts'],
  transform: { '^.+\\.[tj]s$': ['ts-jest', { tsconfig: { allowJs: true, isolatedModules: true } }] },
  // chalk 5 is ESM-only: let ts-jest turn it into CommonJS for the tests.
  transformIgnorePatterns: ['/node_modules/(?!chalk/)'],
  setupFiles: ['<rootDir>/__tests__/helpers/jest-setup.ts'],
  testTimeout: 30000,
};
