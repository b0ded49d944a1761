import type { KeyValueStore } from './keyValueStore';

/**
 * A `KeyValueStore` in memory, for tests and the local simulator. Values are copied in and out
 * as JSON, as a real store would, so callers cannot share mutable state through it.
 */
export class MemoryStore implements KeyValueStore {
  private readonly values = new Map<string, string>();

  constructor(
    initial: Readonly<Record<string, unknown>> = {},
    /** Called after every change with the whole content, e.g. to persist it to a file. */
    private readonly onChange?: (content: Record<string, unknown>) => void,
  ) {
    for (const [key, value] of Object.entries(initial)) this.values.set(key, JSON.stringify(value));
  }

  async get<T>(key: string): Promise<T | undefined> {
    const text = this.values.get(key);
    return text === undefined ? undefined : (JSON.parse(text) as T);
  }

  async set(key: string, value: unknown): Promise<void> {
    this.values.set(key, JSON.stringify(value));
    this.changed();
  }

  async claim(key: string, value: unknown): Promise<boolean> {
    if (this.values.has(key)) return false;
    await this.set(key, value);
    return true;
  }

  async delete(key: string): Promise<void> {
    this.values.delete(key);
    this.changed();
  }

  async keys(prefix: string): Promise<string[]> {
    return [...this.values.keys()].filter((key) => key.startsWith(prefix)).sort();
  }

  /** Everything stored, as plain JSON values. */
  content(): Record<string, unknown> {
    return Object.fromEntries([...this.values].map(([key, text]) => [key, JSON.parse(text)]));
  }

  private changed(): void {
    this.onChange?.(this.content());
  }
}
