/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/src', '<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  // Type-checking is `npm run typecheck`; with `isolatedModules` in tsconfig.json ts-jest only
  // transpiles, which keeps the suite fast.
  transform: { '^.+\\.ts$': 'ts-jest' },
};
