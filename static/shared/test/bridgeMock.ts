/**
 * `@forge/bridge` in component tests: `invoke` answers from handlers the test sets with
 * `answerInvoke`, and records every call.
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

export const view = {
  getContext: async () => ({
    accountId: 'acc-test',
    extension: { issue: { key: 'SUP-1' } },
    theme: { colorMode: 'light' },
  }),
  theme: { enable: async () => undefined },
};

export const router = { navigate: async () => undefined, open: async () => undefined };
