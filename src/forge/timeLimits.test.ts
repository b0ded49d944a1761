import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { HANDLER_TIME_LIMIT_SECONDS } from './timeLimits';

interface Manifest {
  modules: Record<
    string,
    { function?: string; timeoutSeconds?: number; key: string; handler?: string }[]
  >;
}

const manifest = parse(
  readFileSync(path.join(__dirname, '..', '..', 'manifest.yml'), 'utf8'),
) as Manifest;

/** The modules other than `function` that name a function key. */
const referencesTo = (functionKey: string) =>
  Object.entries(manifest.modules)
    .filter(([kind]) => kind !== 'function')
    .flatMap(([kind, modules]) =>
      modules.filter((m) => m.function === functionKey).map(() => kind),
    );

describe('HANDLER_TIME_LIMIT_SECONDS', () => {
  it.each(Object.entries(HANDLER_TIME_LIMIT_SECONDS))(
    '%s has the time limit Forge gives it by manifest.yml',
    (handler, seconds) => {
      const fn = manifest.modules.function!.find((f) => f.handler === `index.${handler}`)!;
      const kinds = referencesTo(fn.key);
      // Invocation limits: 55 s (or timeoutSeconds) only for functions that nothing but a
      // consumer or a scheduled trigger references; 55 s for a web trigger; 25 s for the rest.
      const longRunning =
        kinds.length > 0 && kinds.every((k) => k === 'consumer' || k === 'scheduledTrigger');
      const webTrigger = kinds.length > 0 && kinds.every((k) => k === 'webtrigger');
      expect(seconds).toBe(longRunning ? (fn.timeoutSeconds ?? 55) : webTrigger ? 55 : 25);
    },
  );
});
