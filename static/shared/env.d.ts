/** Vite bundles CSS imports; to TypeScript they are side effects only. */
declare module '*.css';
