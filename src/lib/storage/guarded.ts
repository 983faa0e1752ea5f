import type { Said } from './said';

/** The parts of the Web Storage API Tandem uses. */
export interface StorageLike {
  readonly length: number;
  key(index: number): string | null;
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export type StorageHealth =
  | { state: 'ok' }
  /** The browser refuses storage altogether (disabled, private mode, sandboxed frame). */
  | { state: 'unavailable'; reason: Said }
  /** Storage works but writes fail (usually: full); `pending` changes are kept in memory only. */
  | { state: 'failing'; reason: Said; pending: number };

export interface GuardedStorage {
  /** An object with localStorage's property semantics, for @nanostores/persistent's engine. */
  readonly engine: Record<string, string>;
  read(key: string): string | undefined;
  /** Write one key. Returns false (and keeps the value in memory) when the browser refuses it. */
  write(key: string, value: string): boolean;
  remove(key: string): void;
  keys(): string[];
  /**
   * Apply several writes (undefined = remove) all or nothing: if any fails, the keys already
   * written get their old values back and nothing is kept in memory.
   */
  transaction(changes: [key: string, value: string | undefined][]): { ok: true } | { ok: false; reason: Said };
  /** Try again to save what is only in memory. */
  flush(): boolean;
  health(): StorageHealth;
  /** How many changes are only in memory (refused by the browser, or storage is off). */
  waiting(): number;
}

export function isQuotaError(e: unknown): boolean {
  const err = e as { name?: string; code?: number } | null;
  return !!err && (err.name === 'QuotaExceededError' || err.name === 'NS_ERROR_DOM_QUOTA_REACHED' || err.code === 22 || err.code === 1014);
}

function reasonFor(e: unknown): Said {
  return isQuotaError(e) ? { key: 'common.storage.full' } : { key: 'common.storage.refused', params: { name: (e as Error)?.name ?? 'error' } };
}

/** localStorage if it exists and accepts a write and a removal, else the reason it does not. */
export function probeStorage(get: () => StorageLike | undefined, probeKey: string): { storage: StorageLike } | { reason: Said } {
  try {
    const s = get();
    if (!s) return { reason: { key: 'common.storage.none' } };
    s.setItem(probeKey, '1');
    s.removeItem(probeKey);
    return { storage: s };
  } catch (e) {
    return isQuotaError(e)
      ? { storage: get()! }
      : { reason: { key: 'common.storage.blocked' } };
  }
}

/**
 * Wraps localStorage so that nothing a tool does can throw because of storage, and nothing is
 * lost when a write fails: a refused write stays in an in-memory layer (read back as if saved)
 * until a later write succeeds, and `onHealth` hears whether changes are really being saved.
 */
export function createGuardedStorage(
  backing: StorageLike | undefined,
  unavailableReason: Said,
  onHealth: (h: StorageHealth) => void,
  /**
   * Whether a change still waiting in memory should go to storage now that it can, given what
   * storage holds (another tab may have saved a newer version meanwhile). False drops it.
   */
  stillWanted: (key: string, waiting: string, stored: string | undefined) => boolean = () => true,
): GuardedStorage {
  /** Values not (yet) in the backing storage; `null` marks a removal not yet applied. */
  const memory = new Map<string, string | null>();
  let lastFailure: Said | null = null;

  const health = (): StorageHealth => {
    if (!backing) return { state: 'unavailable', reason: unavailableReason };
    if (memory.size > 0 && lastFailure) return { state: 'failing', reason: lastFailure, pending: memory.size };
    return { state: 'ok' };
  };
  let reported = JSON.stringify(health());
  const report = () => {
    const h = health();
    const s = JSON.stringify(h);
    if (s !== reported) {
      reported = s;
      onHealth(h);
    }
  };

  const backingGet = (key: string): string | undefined => {
    if (!backing) return undefined;
    try {
      return backing.getItem(key) ?? undefined;
    } catch {
      return undefined;
    }
  };

  const read = (key: string): string | undefined => {
    if (memory.has(key)) return memory.get(key) ?? undefined;
    return backingGet(key);
  };

  const tryWrite = (key: string, value: string | null): boolean => {
    if (!backing) return false;
    try {
      if (value === null) backing.removeItem(key);
      else backing.setItem(key, value);
      return true;
    } catch (e) {
      lastFailure = reasonFor(e);
      return false;
    }
  };

  /** Try every change still in memory; keep only those the browser refuses again. */
  const flush = (): boolean => {
    let failed = false;
    for (const [key, value] of [...memory]) {
      if (value !== null && !stillWanted(key, value, backingGet(key))) memory.delete(key);
      else if (tryWrite(key, value)) memory.delete(key);
      else failed = true;
    }
    if (!failed) lastFailure = null;
    report();
    return !failed;
  };

  const write = (key: string, value: string): boolean => {
    memory.set(key, value);
    return flush();
  };

  /**
   * Remove a key at once, ahead of any write still waiting (a removal is how people free space
   * when storage is full), then retry what is waiting.
   */
  const remove = (key: string): void => {
    memory.delete(key);
    if (backing && !tryWrite(key, null)) memory.set(key, null);
    flush();
  };

  const keys = (): string[] => {
    const out = new Set<string>();
    if (backing) {
      try {
        for (let i = 0; i < backing.length; i++) {
          const k = backing.key(i);
          if (k !== null) out.add(k);
        }
      } catch {
        // unreadable: only memory counts
      }
    }
    for (const [k, v] of memory) {
      if (v === null) out.delete(k);
      else out.add(k);
    }
    return [...out];
  };

  const transaction: GuardedStorage['transaction'] = (changes) => {
    if (!backing) {
      for (const [k, v] of changes) memory.set(k, v ?? null);
      report();
      return { ok: true };
    }
    const before: [string, string | undefined][] = [];
    for (const [key, value] of changes) {
      before.push([key, backingGet(key)]);
      if (!tryWrite(key, value ?? null)) {
        const reason = lastFailure ?? { key: 'common.storage.refusedPlain' };
        for (const [k, old] of before.reverse()) tryWrite(k, old ?? null);
        lastFailure = memory.size > 0 ? lastFailure : null;
        report();
        return { ok: false, reason };
      }
      memory.delete(key);
    }
    report();
    return { ok: true };
  };

  const engine = new Proxy({} as Record<string, string>, {
    get: (_t, key) => (typeof key === 'string' ? read(key) : undefined),
    // Writing back what is already stored is skipped (a store re-reading its value must not write).
    set: (_t, key, value) => {
      if (typeof key === 'string' && read(key) !== String(value)) write(key, String(value));
      return true;
    },
    deleteProperty: (_t, key) => {
      if (typeof key === 'string') remove(key);
      return true;
    },
    has: (_t, key) => typeof key === 'string' && read(key) !== undefined,
    ownKeys: () => keys(),
    getOwnPropertyDescriptor: (_t, key) => {
      if (typeof key !== 'string') return undefined;
      const value = read(key);
      return value === undefined ? undefined : { value, writable: true, enumerable: true, configurable: true };
    },
  });

  return { engine, read, write, remove, keys, transaction, flush, health, waiting: () => memory.size };
}
