/**
 * The document store: every read and write of a document goes through here. Pure (no DOM): it works
 * over a GuardedStorage, so the tests drive it with an in-memory storage, several "tabs" at once.
 *
 * The rules it keeps:
 * - Every write is validated and normalised by the same schema that reads it; a change the schema
 *   would reject is refused with a sentence for the person (./said.ts), and nothing is stored.
 * - Reading never writes: documents from an older version are migrated in memory and written in the
 *   new version only when someone changes them.
 * - A document saved by a newer version of the handbook (or of a kind this version does not know)
 *   stays where it is, untouched; it is listed and exported as it is.
 * - A value that cannot be read stays where it is, untouched; it is listed and offered as a download.
 * - A change is applied to the newest stored copy, which another tab may have written a moment ago.
 * - A whole document from outside (an import, an undo, a partner's copy) never replaces a newer one.
 */
import { isInstant } from '../dates';
import { checkForWrite, encodeDocument, isNewer, makeDocument, newId, nextUpdatedAt, parseDocument, type DocType, type Envelope } from './envelope';
import type { GuardedStorage } from './guarded';
import type { Keys } from './keys';
import { kindWords } from './kinds';
import type { Said } from './said';

/** A document this version cannot read because a newer one wrote it: kept exactly as it is. */
export interface ForeignDoc {
  key: string;
  type: string;
  id: string;
  /** Its format version, when it says. */
  v: number | undefined;
  updatedAt: string | undefined;
  raw: string;
}

/** A stored value that cannot be read: kept exactly as it is until the person removes it. */
export interface UnreadableValue {
  key: string;
  /** Where it came from (its own key, or for values set aside by earlier versions, the key they had). */
  from: string;
  reason: Said;
  raw: string;
}

export type WriteResult<T> =
  | { ok: true; doc: Envelope<T>; saved: boolean }
  | { ok: false; reason: 'invalid' | 'missing' | 'newer' | 'foreign'; error: Said };

/** What one stored key holds. */
export type Classified<T> =
  | { kind: 'doc'; doc: Envelope<T> }
  | { kind: 'foreign'; foreign: ForeignDoc }
  | { kind: 'unreadable'; unreadable: UnreadableValue }
  | { kind: 'absent' };

export interface Collection<T> {
  readonly docType: DocType<T>;
  /** What the key of document `id` holds now. */
  classify(id: string): Classified<T>;
  /** Every document of this type in storage now, readable or not. */
  readAll(): { docs: Record<string, Envelope<T>>; foreign: ForeignDoc[]; unreadable: UnreadableValue[] };
  create(data: T, now?: Date, id?: string): WriteResult<T>;
  /** Change the newest stored copy; refused when it is gone or was saved by a newer version. */
  update(id: string, change: (data: T) => T, now?: Date): WriteResult<T>;
  /** Store a whole document unless a newer copy is stored. Its data is validated like any write. */
  put(doc: Envelope): WriteResult<T>;
  /** Remove a document, returning it (for undo). */
  remove(id: string): Envelope<T> | undefined;
}

/** A stored value of a kind or version this build cannot read, kept word for word. */
export const plainForeign = (key: string, type: string, id: string, raw: string): ForeignDoc => {
  let value: { v?: unknown; updatedAt?: unknown } | null = null;
  try {
    value = JSON.parse(raw) as { v?: unknown; updatedAt?: unknown } | null;
  } catch {
    // not JSON: still kept as it is
  }
  const v = value && typeof value.v === 'number' ? value.v : undefined;
  const updatedAt = value && isInstant(value.updatedAt) ? value.updatedAt : undefined;
  return { key, type, id, v, updatedAt, raw };
};

export function createCollection<T>(storage: GuardedStorage, keys: Keys, docType: DocType<T>): Collection<T> {
  const keyOf = (id: string) => keys.docKey(docType.type, id);

  function classifyRaw(key: string, id: string, raw: string | undefined): Classified<T> {
    if (raw === undefined) return { kind: 'absent' };
    const read = parseDocument(docType, raw);
    if (read.ok) {
      if (read.doc.id === id) return { kind: 'doc', doc: read.doc };
      return { kind: 'unreadable', unreadable: { key, from: key, reason: { key: 'common.docs.idMismatch' }, raw } };
    }
    if (read.newer) return { kind: 'foreign', foreign: plainForeign(key, docType.type, id, raw) };
    return { kind: 'unreadable', unreadable: { key, from: key, reason: read.error, raw } };
  }

  const classify = (id: string): Classified<T> => classifyRaw(keyOf(id), id, storage.read(keyOf(id)));

  function write(doc: Envelope<T>): WriteResult<T> {
    const checked = checkForWrite(docType, doc);
    if (!checked.ok) return { ok: false, reason: 'invalid', error: checked.error };
    const saved = storage.write(keyOf(doc.id), encodeDocument(checked.doc));
    return { ok: true, doc: checked.doc, saved };
  }

  /** This kind of document, in a sentence ("charter"). */
  const kind: Said = { key: kindWords(docType.type).one };
  const gone = (what: Classified<T>): WriteResult<T> =>
    what.kind === 'foreign'
      ? { ok: false, reason: 'foreign', error: { key: 'common.write.foreign', params: { kind } } }
      : what.kind === 'unreadable'
        ? { ok: false, reason: 'invalid', error: { key: 'common.write.unreadable', params: { kind } } }
        : { ok: false, reason: 'missing', error: { key: 'common.write.missing', params: { kind } } };

  return {
    docType,
    classify,
    readAll() {
      const docs: Record<string, Envelope<T>> = {};
      const foreign: ForeignDoc[] = [];
      const unreadable: UnreadableValue[] = [];
      const prefix = keys.typePrefix(docType.type);
      for (const key of storage.keys()) {
        if (!key.startsWith(prefix)) continue;
        const id = key.slice(prefix.length);
        const c = classifyRaw(key, id, storage.read(key));
        if (c.kind === 'doc') docs[id] = c.doc;
        else if (c.kind === 'foreign') foreign.push(c.foreign);
        else if (c.kind === 'unreadable') unreadable.push(c.unreadable);
      }
      return { docs, foreign, unreadable };
    },
    create(data, now = new Date(), id = newId()) {
      return write(makeDocument(docType, data, now, id));
    },
    update(id, change, now = new Date()) {
      const current = classify(id);
      if (current.kind !== 'doc') return gone(current);
      const doc = current.doc;
      return write({ ...doc, data: change(doc.data), updatedAt: nextUpdatedAt(now, doc.updatedAt) });
    },
    put(incoming) {
      const current = classify(incoming.id);
      if (current.kind === 'foreign' || current.kind === 'unreadable') return gone(current);
      if (current.kind === 'doc' && isNewer(current.doc, incoming)) {
        return { ok: false, reason: 'newer', error: { key: 'common.write.newer', params: { kind } } };
      }
      const read = parseDocument(docType, JSON.stringify(incoming));
      if (!read.ok) return { ok: false, reason: read.newer ? 'foreign' : 'invalid', error: { key: 'common.write.notValid', params: { kind, problem: read.error } } };
      return write(read.doc);
    },
    remove(id) {
      const current = classify(id);
      storage.remove(keyOf(id));
      return current.kind === 'doc' ? current.doc : undefined;
    },
  };
}

/**
 * Every key of this deployment that is not a readable document of a known type: documents of kinds
 * a newer version added, and values that earlier versions set aside as unreadable.
 */
export function scanOthers(storage: GuardedStorage, keys: Keys, knownTypes: readonly string[]): { foreign: ForeignDoc[]; unreadable: UnreadableValue[] } {
  const foreign: ForeignDoc[] = [];
  const unreadable: UnreadableValue[] = [];
  for (const key of storage.keys()) {
    const raw = storage.read(key);
    if (raw === undefined) continue;
    const named = keys.parseDocKey(key);
    if (named && !knownTypes.includes(named.type)) foreign.push(plainForeign(key, named.type, named.id, raw));
    else if (key.startsWith(keys.quarantinePrefix)) unreadable.push(setAside(key, raw));
  }
  return { foreign, unreadable };
}

/** A record an earlier version moved to `quarantine:…`: { from, reason, quarantinedAt, raw }. */
function setAside(key: string, raw: string): UnreadableValue {
  try {
    const r = JSON.parse(raw) as { from?: unknown; reason?: unknown; raw?: unknown } | null;
    if (r && typeof r.raw === 'string') {
      return { key, from: typeof r.from === 'string' ? r.from : key, reason: typeof r.reason === 'string' ? { text: r.reason } : { key: 'common.docs.unreadable' }, raw: r.raw };
    }
  } catch {
    // shown as it is
  }
  return { key, from: key, reason: { key: 'common.docs.unreadable' }, raw };
}

const createdAt = (raw: string): number => {
  try {
    const value = JSON.parse(raw) as { createdAt?: unknown } | null;
    return value && isInstant(value.createdAt) ? Date.parse(value.createdAt) : Number.NEGATIVE_INFINITY;
  } catch {
    return Number.NEGATIVE_INFINITY;
  }
};

/**
 * A deployment under a sub-path keeps its documents in its own namespace; earlier versions kept
 * every deployment's in the shared `tandem:` one. The first time a sub-path deployment runs, it
 * copies those documents into its namespace (never over one it has), so nothing disappears on the
 * upgrade; the originals stay where they are for the deployment at `/`. Documents the deployment
 * at `/` made after it began keeping deployments apart (`madeBefore`) are its own and not copied.
 */
export function copyLegacyDocuments(storage: GuardedStorage, from: Keys, to: Keys, madeBefore?: string): [key: string, raw: string][] {
  if (from.namespace === to.namespace) return [];
  const cutoff = madeBefore && isInstant(madeBefore) ? Date.parse(madeBefore) : Number.POSITIVE_INFINITY;
  const copied: [string, string][] = [];
  for (const key of storage.keys()) {
    const named = from.parseDocKey(key);
    if (!named) continue;
    const target = to.docKey(named.type, named.id);
    const raw = storage.read(key);
    if (raw === undefined || storage.read(target) !== undefined) continue;
    // Made by the deployment at / since it began keeping its own: not an earlier version's.
    if (createdAt(raw) >= cutoff) continue;
    if (storage.write(target, raw)) copied.push([key, raw]);
  }
  return copied;
}
