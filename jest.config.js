/** @type {import('jest').Config} */
module.exports = {
  projects: [
    {
      displayName: 'app',
      testEnvironment: 'node',
      roots: ['<rootDir>/src', '<rootDir>/test'],
      testMatch: ['**/*.test.ts'],
      // Type-checking is `npm run typecheck`; with `isolatedModules` ts-jest only transpiles.
      transform: { '^.+\\.ts$': 'ts-jest' },
    },
    {
      // Component tests of the Custom UI apps, in jsdom, with the bridge answered by the test.
      displayName: 'ui',
      testEnvironment: 'jsdom',
      roots: ['<rootDir>/static'],
      testMatch: ['**/*.test.tsx', '**/*.test.ts'],
      transform: { '^.+\\.tsx?$': ['ts-jest', { tsconfig: '<rootDir>/static/tsconfig.json' }] },
      moduleNameMapper: {
        '\\.css$': '<rootDir>/static/shared/test/styleMock.ts',
        '^@forge/bridge$': '<rootDir>/static/shared/test/bridgeMock.ts',
      },
    },
  ],
};
