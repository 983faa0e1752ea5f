/**
 * The one module that owns localStorage. Every key, its version and its migrations go through
 * here; islands use the stores and functions below and never touch storage themselves.
 *
 * - Documents (charters, assessments, reflection entries) are versioned envelopes, one key each,
 *   in this deployment's namespace (src/lib/storage/keys.ts). The rules every read and write keep
 *   are in src/lib/storage/doc-store.ts: writes are validated, reading never writes, documents
 *   from a newer version and values that cannot be read are left exactly as they are.
 * - The document stores are plain nanostores filled from storage, not @nanostores/persistent maps:
 *   a persistent map writes every key back whenever it is first listened to, which would let a tab
 *   holding a stale copy overwrite newer data. A change in another tab arrives as a storage event
 *   and is read again from storage.
 * - Storage that is disabled or full never breaks a tool: changes stay in memory and
 *   `$storageHealth` says they are not being saved.
 */
import { atom, computed, type ReadableAtom } from 'nanostores';
import { persistentAtom, setPersistentEngine, windowPersistentEvents, type PersistentEvents } from '@nanostores/persistent';
import { DOC_TYPES, assessmentDocType, charterDocType, reflectionDocType, sessionDocType } from '../lib/docs';
import { fileSlug } from '../lib/format';
import { copyLegacyDocuments, createCollection, scanOthers, type Collection, type ForeignDoc, type UnreadableValue, type WriteResult } from '../lib/storage/doc-store';
import { encodeDocument, isStaleWrite, type DocType, type Envelope } from '../lib/storage/envelope';
import { createGuardedStorage, probeStorage, type StorageHealth, type StorageLike } from '../lib/storage/guarded';
import { LEGACY_NAMESPACE, keysFor, namespaceFor, storedBytes } from '../lib/storage/keys';
import { DEFAULT_META, decodeMeta, exportReminder, fingerprint, isNewerMeta, type Meta } from '../lib/storage/meta';
import type { Said } from '../lib/storage/said';
import type { Translate } from '../lib/i18n/messages';

export const APP_VERSION = '0.2.0';

const inBrowser = typeof window !== 'undefined';

/** This deployment's keys: a copy of the handbook served under another path keeps its own. */
export const KEYS = keysFor(namespaceFor(import.meta.env.BASE_URL || '/'));

// --- The storage engine ------------------------------------------------------------------------

function localStorageOrThrow(): StorageLike {
  return window.localStorage;
}
const probe = inBrowser ? probeStorage(localStorageOrThrow, KEYS.probe) : { reason: { key: 'common.storage.building' } };
const backing = 'storage' in probe ? probe.storage : undefined;
const unavailableReason: Said = 'reason' in probe ? probe.reason : { text: '' };

export const $storageHealth = atom<StorageHealth>({ state: 'ok' });
const guarded = createGuardedStorage(backing, unavailableReason, (h) => $storageHealth.set(h), (_key, waiting, stored) => !isStaleWrite(waiting, stored));
$storageHealth.set(guarded.health());
// Once storage stops saving, the page asks before it is left and retries on its own (./storage-guard.ts).
if (inBrowser) $storageHealth.subscribe((h) => void (h.state != 'ok' && import('./storage-guard')));

const noEvents: PersistentEvents = { addEventListener() {}, removeEventListener() {} };
setPersistentEngine(guarded.engine, inBrowser ? windowPersistentEvents : noEvents);

// --- Bookkeeping -------------------------------------------------------------------------------

/** Bookkeeping (last export, …). A damaged value reads as the default; it holds nothing people wrote. */
export const $meta = persistentAtom<Meta>(KEYS.meta, DEFAULT_META, {
  encode: (m) => JSON.stringify(m),
  decode: (raw) => decodeMeta(raw) ?? DEFAULT_META,
});

/**
 * Change the bookkeeping. Bookkeeping written by a newer version of the handbook is read, never
 * written over (a rollback must not lose it).
 */
function setMeta(patch: Partial<Meta>): void {
  const raw = guarded.read(KEYS.meta);
  if (raw !== undefined && isNewerMeta(raw)) return;
  $meta.set({ ...$meta.get(), ...patch });
}

const LEGACY = keysFor(LEGACY_NAMESPACE);

/**
 * Under a sub-path, deleting a document copied from the shared namespace also deletes the original
 * there, if it is still exactly what was copied: otherwise the words would stay in the browser.
 */
function forgetOriginal(type: string, id: string): void {
  const adopted = $meta.get().adopted;
  const key = LEGACY.docKey(type, id);
  if (KEYS.namespace === LEGACY_NAMESPACE || !adopted || !Object.hasOwn(adopted, key)) return;
  const raw = guarded.read(key);
  if (raw !== undefined && fingerprint(raw) === adopted[key]) guarded.remove(key);
  const { [key]: _done, ...rest } = adopted;
  setMeta({ adopted: rest });
}

// --- Documents ---------------------------------------------------------------------------------

/** The last change that could not be made, in one sentence (shown by every tool, in its language: `say`). */
export const $writeProblem = atom<Said | null>(null);

export interface Docs<T> {
  readonly docType: DocType<T>;
  /** Every readable document of this type, by id. */
  readonly $docs: ReadableAtom<Record<string, Envelope<T>>>;
  /** The same, newest change first. */
  readonly $list: ReadableAtom<Envelope<T>[]>;
  /** The stored copy now (fresh from storage, not from a store that may lag). */
  get(id: string): Envelope<T> | undefined;
  create(data: T, now?: Date): WriteResult<T>;
  /** Change the newest stored copy. A refusal is also reported on `$writeProblem`. */
  update(id: string, change: (data: T) => T, now?: Date): WriteResult<T>;
  /** Store a whole document (an undo, a partner's copy) unless a newer copy is stored. */
  put(doc: Envelope): WriteResult<T>;
  remove(id: string): Envelope<T> | undefined;
}

const $foreign = atom<ForeignDoc[]>([]);
const $unreadable = atom<UnreadableValue[]>([]);
/** Documents saved by a newer version of the handbook: left as they are, listed and exported. */
export const foreignDocs: ReadableAtom<ForeignDoc[]> = $foreign;
/** Stored values that cannot be read: left as they are, listed and offered as a download. */
export const unreadableValues: ReadableAtom<UnreadableValue[]> = $unreadable;

const reloaders: (() => { foreign: ForeignDoc[]; unreadable: UnreadableValue[] })[] = [];

function docs<T>(collection: Collection<T>): Docs<T> {
  const $docs = atom<Record<string, Envelope<T>>>({});
  const $list = computed($docs, (m) => Object.values(m).sort((a, b) => Date.parse(b.updatedAt) - Date.parse(a.updatedAt)));
  reloaders.push(() => {
    const all = collection.readAll();
    $docs.set(all.docs);
    return all;
  });
  const show = (doc: Envelope<T>) => $docs.set({ ...$docs.get(), [doc.id]: doc });
  const hide = (id: string) => {
    const { [id]: _gone, ...rest } = $docs.get();
    $docs.set(rest);
  };
  const after = (r: WriteResult<T>, report: boolean): WriteResult<T> => {
    if (r.ok) {
      show(r.doc);
      $writeProblem.set(null);
      if (r.saved) askToPersist();
    } else {
      if (report) $writeProblem.set(r.error);
      // The stored copy is gone or was replaced by a newer version: show what storage holds now.
      if (r.reason !== 'invalid') reloadAll();
    }
    return r;
  };
  return {
    docType: collection.docType,
    $docs,
    $list,
    get(id) {
      const c = collection.classify(id);
      return c.kind === 'doc' ? c.doc : undefined;
    },
    create: (data, now) => (markNamespaced(now), after(collection.create(data, now), true)),
    update: (id, change, now) => (markNamespaced(now), after(collection.update(id, change, now), true)),
    put: (doc) => (markNamespaced(), after(collection.put(doc), false)),
    remove(id) {
      const gone = collection.remove(id);
      forgetOriginal(collection.docType.type, id);
      hide(id);
      return gone;
    },
  };
}

const charterCollection = createCollection(guarded, KEYS, charterDocType);
const assessmentCollection = createCollection(guarded, KEYS, assessmentDocType);
const reflectionCollection = createCollection(guarded, KEYS, reflectionDocType);
const sessionCollection = createCollection(guarded, KEYS, sessionDocType);
const COLLECTIONS: readonly Collection<unknown>[] = [charterCollection, assessmentCollection, reflectionCollection, sessionCollection];

export const charters = docs(charterCollection);
export const assessments = docs(assessmentCollection);
export const reflections = docs(reflectionCollection);
export const sessions = docs(sessionCollection);
const ALL: readonly Docs<unknown>[] = [charters, assessments, reflections, sessions];

/** The documents of a type, for code that handles every type alike (the data page). */
export const docsOfType = (type: string): Docs<unknown> | undefined => ALL.find((d) => d.docType.type === type);

/** Read everything again from storage (at start, and when another tab changed something). */
function reloadAll(): void {
  const foreign: ForeignDoc[] = [];
  const unreadable: UnreadableValue[] = [];
  for (const reload of reloaders) {
    const r = reload();
    foreign.push(...r.foreign);
    unreadable.push(...r.unreadable);
  }
  const others = scanOthers(guarded, KEYS, DOC_TYPES.map((t) => t.type));
  $foreign.set([...foreign, ...others.foreign]);
  $unreadable.set([...unreadable, ...others.unreadable]);
}

if (inBrowser && guarded.health().state === 'ok' && KEYS.namespace !== LEGACY_NAMESPACE && !$meta.get().adoptedLegacyAt) {
  // Once per deployment under a sub-path: take a copy of what earlier versions kept in the shared namespace.
  const raw = guarded.read(LEGACY.meta);
  const copied = copyLegacyDocuments(guarded, LEGACY, KEYS, raw === undefined ? undefined : decodeMeta(raw)?.namespacedAt);
  setMeta({ adoptedLegacyAt: new Date().toISOString(), adopted: Object.fromEntries(copied.map(([key, value]) => [key, fingerprint(value)])) });
}
if (inBrowser) {
  reloadAll();
  window.addEventListener('storage', (e) => {
    if (e.key === null || KEYS.owns(e.key)) reloadAll();
  });
  window.addEventListener('pageshow', (e) => e.persisted && reloadAll());
}

/**
 * In the shared namespace (the deployment at /), before the first document this version writes:
 * note the time, so a copy under a sub-path that first runs later copies only what earlier versions
 * wrote there, not this deployment's own documents.
 */
function markNamespaced(now = new Date()): void {
  if (KEYS.namespace === LEGACY_NAMESPACE && inBrowser && !$meta.get().namespacedAt) setMeta({ namespacedAt: now.toISOString() });
}

// --- Asking the browser to keep the data ------------------------------------------------------

/** Ask the browser to keep Tandem's data (not to evict it under storage pressure), once. */
function askToPersist(): void {
  if (!inBrowser || $meta.get().persistAskedAt) return;
  setMeta({ persistAskedAt: new Date().toISOString() });
  void navigator.storage?.persist?.().catch(() => undefined);
}

// --- Everything, for the data page -------------------------------------------------------------

/** A stored document and its size (its kind is `doc.type`; the page names it in its language). */
export interface StoredItem {
  doc: Envelope;
  bytes: number;
}

/** Every readable document with its size, newest change first. */
export const $allDocs = computed([charters.$docs, assessments.$docs, reflections.$docs, sessions.$docs], (): StoredItem[] => {
  const items: StoredItem[] = [];
  for (const d of ALL) {
    for (const doc of Object.values(d.$docs.get())) {
      items.push({ doc, bytes: storedBytes(KEYS.docKey(doc.type, doc.id), encodeDocument(doc)) });
    }
  }
  return items.sort((a, b) => Date.parse(b.doc.updatedAt) - Date.parse(a.doc.updatedAt));
});

/** When to remind about exporting (null: no reminder). */
export const $exportReminder = computed([$allDocs, $meta], (items, meta) => exportReminder(items.map((i) => i.doc.updatedAt), meta.lastExportAt, new Date()));

/** The backup code loads when it is used (an export, an import), not with every tool. */
const backupCode = () => import('../lib/storage/backup');

/**
 * The backup file's name (starting with the programme's name, `appName`, its word in the language of
 * `t`) and text, read fresh from storage; records the export so the reminder resets.
 */
export async function exportAll(t: Translate, now = new Date(), appName = 'Tandem'): Promise<{ fileName: string; text: string }> {
  const { backupFileName, buildBackup } = await backupCode();
  const docsNow: Envelope[] = [];
  const foreign: string[] = [];
  for (const c of COLLECTIONS) {
    const all = c.readAll();
    docsNow.push(...Object.values(all.docs));
    foreign.push(...all.foreign.map((f) => f.raw));
  }
  foreign.push(...scanOthers(guarded, KEYS, DOC_TYPES.map((t) => t.type)).foreign.map((f) => f.raw));
  const text = JSON.stringify(buildBackup(docsNow, foreign, APP_VERSION, now), null, 2);
  setMeta({ lastExportAt: now.toISOString() });
  return { fileName: backupFileName(t, now, fileSlug(appName)), text };
}

/**
 * The layer's own state, for src/stores/data-page.ts: the part of this layer that only My data and
 * the storage notices use (import, delete everything, quota…), kept in a module of its own so that
 * the tools do not load it with every page. Nothing else may use it.
 */
export const layer = { guarded, KEYS, COLLECTIONS, reloadAll, setMeta, askToPersist, backupCode, $unreadable } as const;
