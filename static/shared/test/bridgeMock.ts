/**
 * `@forge/bridge` in component tests: `invoke` answers from handlers the test sets with
 * `answerInvoke`, and records every call; `router` records where the app asked to go.
 */
type Handler = (payload: Record<string, unknown>) => unknown;

const handlers = new Map<string, Handler>();
export const invocations: { functionKey: string; payload: Record<string, unknown> }[] = [];

/** Makes `invoke(functionKey, …)` answer `{ ok: true, data }` (or what `handler` returns). */
export function answerInvoke(functionKey: string, handler: Handler): void {
  handlers.set(functionKey, handler);
}

export function resetBridge(): void {
  handlers.clear();
  invocations.length = 0;
  navigations.length = 0;
}

export async function invoke(
  functionKey: string,
  payload: Record<string, unknown> = {},
): Promise<unknown> {
  invocations.push({ functionKey, payload });
  const handler = handlers.get(functionKey);
  if (!handler) throw new Error(`no answer set for ${functionKey}`);
  return handler(payload);
}

export const SITE_URL = 'https://nordic-support.atlassian.net';

export const view = {
  getContext: async () => ({
    accountId: 'acc-test',
    siteUrl: SITE_URL,
    extension: { issue: { key: 'SUP-1' } },
    theme: { colorMode: 'light' },
  }),
  theme: { enable: async () => undefined },
};

type Location = string | { target: string; [key: string]: unknown };
export const navigations: { how: 'navigate' | 'open'; location: Location }[] = [];

export const router = {
  navigate: async (location: Location) => void navigations.push({ how: 'navigate', location }),
  open: async (location: Location) => void navigations.push({ how: 'open', location }),
};
