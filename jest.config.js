/** @type {import('jest').Config} */
module.exports = {
  // No test measures the machine's speed (test/testTimeouts.test.ts): this limit, far above what
  // the slowest test needs on a busy 2-core machine, only ends a test that hangs.
  testTimeout: 5 * 60_000,
  projects: [
    {
      displayName: 'app',
      testEnvironment: 'node',
      roots: ['<rootDir>/src', '<rootDir>/test'],
      testMatch: ['**/*.test.ts'],
      // Type-checking is `npm run typecheck`; with `isolatedModules` ts-jest only transpiles.
      transform: {
        '^.+\\.ts$': 'ts-jest',
        '@electric-sql/pglite/dist/index\\.cjs$':
          '<rootDir>/test/support/builtinImportTransform.js',
      },
      // PGlite, the embedded Postgres of the tests, is transformed (see the transform's comment).
      transformIgnorePatterns: ['/node_modules/(?!@electric-sql/pglite/)'],
      setupFiles: ['<rootDir>/test/support/untimedSql.ts'],
      setupFilesAfterEnv: ['<rootDir>/test/support/closeEmbeddedDatabases.ts'],
    },
    {
      // Component tests of the Custom UI apps, in jsdom, with the bridge answered by the test.
      displayName: 'ui',
      testEnvironment: 'jsdom',
      roots: ['<rootDir>/static'],
      testMatch: ['**/*.test.tsx', '**/*.test.ts'],
      transform: { '^.+\\.tsx?$': ['ts-jest', { tsconfig: '<rootDir>/static/tsconfig.json' }] },
      setupFilesAfterEnv: ['<rootDir>/static/shared/test/asyncUtilTimeout.ts'],
      moduleNameMapper: {
        '\\.css$': '<rootDir>/static/shared/test/styleMock.ts',
        '^@forge/bridge$': '<rootDir>/static/shared/test/bridgeMock.ts',
      },
    },
  ],
};
