/**
 * The local simulator's stand-in for `@forge/bridge`. The simulator build of each Custom UI
 * app resolves `@forge/bridge` to this file (see scripts/buildUi.ts), so components import
 * the real bridge and never ask whether they run locally. It talks to the simulator's
 * `/_sim/invoke` endpoint, which runs the app's real resolvers with the same context Forge gives.
 */

/** The app's module this page is: `/_sim/apps/<module>/index.html`. */
const moduleKey = () => /\/_sim\/apps\/([^/]+)\//.exec(window.location.pathname)?.[1] ?? '';
const params = () => new URLSearchParams(window.location.search);

export async function invoke<T = unknown>(
  functionKey: string,
  payload?: Record<string, unknown>,
): Promise<T> {
  const response = await fetch('/_sim/invoke', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      moduleKey: moduleKey(),
      functionKey,
      payload: payload ?? {},
      issueKey: params().get('issueKey'),
    }),
  });
  const body = (await response.json()) as unknown;
  if (!response.ok)
    throw new Error((body as { message?: string }).message ?? `invoke ${functionKey} failed`);
  return body as T;
}

function colorMode(): 'light' | 'dark' {
  const asked = params().get('theme');
  if (asked === 'light' || asked === 'dark') return asked;
  return window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

export const view = {
  async getContext() {
    const issueKey = params().get('issueKey');
    return {
      moduleKey: moduleKey(),
      accountId: /(?:^|;\s*)sim-user=([^;]+)/.exec(document.cookie)?.[1] ?? 'acc-admin',
      theme: { colorMode: colorMode() },
      extension: issueKey ? { issue: { key: issueKey } } : {},
    };
  },
  theme: {
    /** As on Jira: the page gets the user's colour mode as `data-color-mode` on <html>. */
    async enable() {
      document.documentElement.setAttribute('data-color-mode', colorMode());
    },
  },
};

export const router = {
  async navigate(url: string) {
    window.top!.location.href = url;
  },
  async open(url: string) {
    window.open(url, '_blank', 'noopener');
  },
};
