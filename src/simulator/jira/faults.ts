/**
 * Fault injection for retry tests: the next n requests (optionally only those under a path
 * prefix) fail with a given status and `Retry-After`, without touching any data.
 */
import type { JiraResponse } from './types';

interface Fault {
  remaining: number;
  status: number;
  retryAfterSeconds?: number;
  pathPrefix?: string;
}

export class FaultInjector {
  private readonly faults: Fault[] = [];

  add(
    n: number,
    status: number,
    options: { retryAfterSeconds?: number; pathPrefix?: string },
  ): void {
    if (n > 0) this.faults.push({ remaining: n, status, ...options });
  }

  /** Ends every fault still waiting: Jira has recovered. */
  clear(): void {
    this.faults.length = 0;
  }

  /** The failure for this request, if one is due; each failure served counts down. */
  take(path: string): JiraResponse | undefined {
    const fault = this.faults.find(
      (f) => f.pathPrefix === undefined || path.startsWith(f.pathPrefix),
    );
    if (!fault) return undefined;
    fault.remaining--;
    if (fault.remaining === 0) this.faults.splice(this.faults.indexOf(fault), 1);
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (fault.retryAfterSeconds !== undefined)
      headers['retry-after'] = String(fault.retryAfterSeconds);
    const message =
      fault.status === 429 ? 'Rate limit exceeded.' : `Simulated failure (HTTP ${fault.status}).`;
    return { status: fault.status, headers, body: { errorMessages: [message], errors: {} } };
  }
}
