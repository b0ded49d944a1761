import type { KeyValueStore } from './keyValueStore';

/** Which version a record is, who saved it and when. */
export interface VersionStamp {
  readonly version: number;
  readonly savedBy: string;
  readonly savedAt: string;
}

/** Why a save was refused: it started from `base`, but `inForce` is the newest version now. */
export interface StaleSave {
  readonly base: number | null;
  /** The version that got in the way; null if the save started from a version that never was. */
  readonly inForce: VersionStamp | null;
}

/**
 * Versions numbered 1, 2, 3… each under its own key and never rewritten, so saves cannot lose
 * one another. A version is added with Forge's set-if-absent (`claim`, `FAIL_IF_EXISTS`) on
 * its number's key: of two saves from the same version, exactly one gets the next number and the
 * other learns who took it. The check and the write are that one atomic step: Forge KVS offers
 * no compare-and-set, and its transactions take conditions only on Custom Entity Store entities
 * ("Executing KVS transactions", developer.atlassian.com/platform/forge/storage-reference/
 * transactions).
 *
 * A pointer key holds the newest record, so readers find it without listing keys. It is only a
 * hint, written after the claim: a save that stops between the two, or two pointer writes that
 * land out of order, leave it behind, and `latest()` reads on past it to the last version.
 */
export class VersionChain<Head extends VersionStamp> {
  constructor(
    private readonly store: KeyValueStore,
    private readonly versionKey: (version: number) => string,
    private readonly pointerKey: string,
  ) {}

  /** The newest version, or null before the first. */
  async latest(): Promise<Head | null> {
    let head = (await this.store.get<Head>(this.pointerKey)) ?? null;
    for (;;) {
      const next = await this.get((head?.version ?? 0) + 1);
      if (!next) return head;
      head = next;
    }
  }

  get(version: number): Promise<Head | undefined> {
    return this.store.get<Head>(this.versionKey(version));
  }

  /**
   * Adds `head` as version `head.version` unless another save took that number first: then
   * returns why this save, from the version before, is stale, naming the save that took it.
   */
  async append(head: Head): Promise<StaleSave | null> {
    if (!(await this.store.claim(this.versionKey(head.version), head))) {
      const base = head.version > 1 ? head.version - 1 : null;
      return { base, inForce: stampOf((await this.get(head.version)) ?? null) };
    }
    // The version is saved now, whatever becomes of the pointer: a pointer left behind costs
    // readers one more read, so failing to move it is not a failed save.
    await this.store.set(this.pointerKey, head).catch(() => undefined);
    return null;
  }
}

/** Why a save that started from `base` cannot go on top of `latest`; null when it can. */
export function staleSave(latest: VersionStamp | null, base: number | null): StaleSave | null {
  return (latest?.version ?? null) === base ? null : { base, inForce: stampOf(latest) };
}

/** Only the stamp of a record. */
export function stampOf(head: VersionStamp | null): VersionStamp | null {
  return head && { version: head.version, savedBy: head.savedBy, savedAt: head.savedAt };
}
