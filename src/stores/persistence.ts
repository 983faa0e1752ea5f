/**
 * The one module that owns localStorage. Every key, its version and its migrations go through
 * here; islands use the stores and functions below and never touch storage themselves.
 *
 * - Documents (charters, assessments, reflection entries) are versioned envelopes, one key each
 *   (`tandem:doc:<type>:<id>`), held in a @nanostores/persistent map per type, so a change in one
 *   tab shows up in every other tab.
 * - Every read is validated and migrated. A value that cannot be read is moved, word for word, to
 *   a quarantine key and the user is offered a download; it is never silently replaced.
 * - Storage that is disabled or full never breaks a tool: changes stay in memory and
 *   `$storageHealth` says they are not being saved.
 */
import { atom, computed, type MapStore, type ReadableAtom } from 'nanostores';
import { persistentAtom, persistentMap, setPersistentEngine, windowPersistentEvents, type PersistentEvents } from '@nanostores/persistent';
import { DOC_TYPES, assessmentDocType, charterDocType, reflectionDocType } from '../lib/docs';
import type { AssessmentData } from '../lib/docs/assessment-doc';
import type { CharterData } from '../lib/docs/charter-doc';
import type { ReflectionData } from '../lib/docs/reflection-doc';
import { buildBackup, backupFileName, importWrites, parseBackup, planImport, type ImportPlan, type ParsedBackup } from '../lib/storage/backup';
import { encodeDocument, isNewer, makeDocument, nextUpdatedAt, parseDocument, type DocType, type Envelope } from '../lib/storage/envelope';
import { createGuardedStorage, probeStorage, type StorageHealth, type StorageLike } from '../lib/storage/guarded';
import { DOC_PREFIX, META_KEY, QUARANTINE_PREFIX, docKey, docPrefix, isTandemKey, parseDocKey, storedBytes } from '../lib/storage/keys';
import { DEFAULT_META, decodeMeta, exportReminder, type Meta } from '../lib/storage/meta';
import { decodeQuarantine, fingerprint, quarantineDownload, type QuarantineRecord } from '../lib/storage/quarantine';

export const APP_VERSION = '0.1.0';

const inBrowser = typeof window !== 'undefined';

// --- The storage engine ------------------------------------------------------------------------

const probe = inBrowser ? probeStorage(() => window.localStorage as StorageLike) : { reason: 'No browser storage while building pages.' };
const backing = 'storage' in probe ? probe.storage : undefined;
const unavailableReason = 'reason' in probe ? probe.reason : '';

export const $storageHealth = atom<StorageHealth>({ state: 'ok' });
const guarded = createGuardedStorage(backing, unavailableReason, (h) => $storageHealth.set(h));
$storageHealth.set(guarded.health());

const noEvents: PersistentEvents = { addEventListener() {}, removeEventListener() {} };
setPersistentEngine(guarded.engine, inBrowser ? windowPersistentEvents : noEvents);

// --- Quarantine --------------------------------------------------------------------------------

function quarantine(from: string, raw: string, reason: string): void {
  const record: QuarantineRecord = { from, reason, quarantinedAt: new Date().toISOString(), raw };
  guarded.write(`${QUARANTINE_PREFIX}${fingerprint(from + raw)}`, JSON.stringify(record));
}

/** Unreadable values, kept word for word. */
export const $quarantine = persistentMap<Record<string, QuarantineRecord>>(QUARANTINE_PREFIX, {}, {
  encode: (r) => JSON.stringify(r),
  decode: decodeQuarantine,
});

/**
 * Check every stored document once, before any store reads it: unreadable ones go to quarantine
 * (and leave their key), ones from an older version are migrated and written back.
 */
function sweep(): void {
  for (const key of guarded.keys()) {
    const named = parseDocKey(key);
    const docType = named && DOC_TYPES.find((t) => t.type === named.type);
    if (!named || !docType) continue; // another kind of key, or a type a newer version added
    const raw = guarded.read(key);
    if (raw === undefined) continue;
    const read = parseDocument(docType, raw);
    if (!read.ok || read.doc.id !== named.id) {
      quarantine(key, raw, read.ok ? 'the id inside does not match its key' : read.error);
      guarded.remove(key);
    } else if (read.migrated) {
      guarded.write(key, encodeDocument(read.doc));
    }
  }
  const meta = guarded.read(META_KEY);
  if (meta !== undefined && !decodeMeta(meta)) {
    quarantine(META_KEY, meta, 'not valid settings');
    guarded.remove(META_KEY);
  }
}
if (inBrowser) sweep();

// --- Documents ---------------------------------------------------------------------------------

type DocMap<T> = MapStore<Record<string, Envelope<T>>>;

function docMap<T>(docType: DocType<T>): DocMap<T> {
  return persistentMap<Record<string, Envelope<T>>>(docPrefix(docType.type), {}, {
    encode: encodeDocument,
    decode: (raw: string) => {
      // Values arriving from another tab are checked like everything else.
      const read = parseDocument(docType, raw);
      if (read.ok) return read.doc;
      quarantine(`${docPrefix(docType.type)}(from another tab)`, raw, read.error);
      return undefined as unknown as Envelope<T>;
    },
  });
}

export const $charters = docMap<CharterData>(charterDocType);
export const $assessments = docMap<AssessmentData>(assessmentDocType);
export const $reflections = docMap<ReflectionData>(reflectionDocType);

const MAPS: Record<string, DocMap<unknown>> = {
  charter: $charters as DocMap<unknown>,
  assessment: $assessments as DocMap<unknown>,
  reflection: $reflections as DocMap<unknown>,
};

const mapFor = <T>(docType: DocType<T>): DocMap<T> => MAPS[docType.type] as DocMap<T>;

/** A map store's documents as a list, newest change first, without the gaps left by removals. */
export function listOf<T>(store: DocMap<T>): ReadableAtom<Envelope<T>[]> {
  return computed(store, (m) =>
    Object.values(m)
      .filter((d): d is Envelope<T> => !!d)
      .sort((a, b) => Date.parse(b.updatedAt) - Date.parse(a.updatedAt)),
  );
}

/** The stored copy of a document, read fresh from storage (not from a store that may lag). */
function readStored<T>(docType: DocType<T>, id: string): Envelope<T> | undefined {
  const raw = guarded.read(docKey(docType.type, id));
  if (raw === undefined) return undefined;
  const read = parseDocument(docType, raw);
  return read.ok ? read.doc : undefined;
}

export type SaveResult = { saved: boolean };

function writeDoc<T>(docType: DocType<T>, doc: Envelope<T>): SaveResult {
  mapFor(docType).setKey(doc.id, doc);
  const saved = guarded.health().state === 'ok';
  if (saved) askToPersist();
  return { saved };
}

export function createDoc<T>(docType: DocType<T>, data: T, now = new Date()): Envelope<T> {
  const doc = makeDocument(docType, data, now);
  writeDoc(docType, doc);
  return doc;
}

/**
 * Change a document. `change` gets the newest stored copy (which another tab may have changed a
 * moment ago), so fields this tab did not touch are never overwritten with older values.
 */
export function updateDoc<T>(docType: DocType<T>, id: string, change: (data: T) => T, now = new Date()): Envelope<T> | undefined {
  const current = readStored(docType, id) ?? mapFor(docType).get()[id];
  if (!current) return undefined;
  const doc: Envelope<T> = { ...current, data: change(current.data), updatedAt: nextUpdatedAt(now, current.updatedAt) };
  writeDoc(docType, doc);
  return doc;
}

/**
 * Store a whole document as it is (an import, a shared copy, an undo). A newer stored copy of the
 * same document is kept: this returns false and writes nothing.
 */
export function putDoc<T>(docType: DocType<T>, doc: Envelope<T>): boolean {
  const current = readStored(docType, doc.id);
  if (current && isNewer(current, doc)) return false;
  writeDoc(docType, doc);
  return true;
}

/** Remove a document; returns it so the caller can offer to undo. */
export function deleteDoc<T>(docType: DocType<T>, id: string): Envelope<T> | undefined {
  const doc = readStored(docType, id) ?? mapFor(docType).get()[id];
  mapFor(docType).setKey(id, undefined as unknown as Envelope<T>);
  return doc;
}

// --- Bookkeeping -------------------------------------------------------------------------------

export const $meta = persistentAtom<Meta>(META_KEY, DEFAULT_META, {
  encode: (m) => JSON.stringify(m),
  decode: (raw) => decodeMeta(raw) ?? DEFAULT_META,
});

/** Ask the browser to keep Tandem's data (not to evict it under storage pressure), once. */
function askToPersist(): void {
  if (!inBrowser || $meta.get().persistAskedAt) return;
  $meta.set({ ...$meta.get(), persistAskedAt: new Date().toISOString() });
  void navigator.storage?.persist?.().catch(() => undefined);
}

/** Whether the browser has agreed to keep the data: true, false, or null if it cannot say. */
export async function isPersistent(): Promise<boolean | null> {
  try {
    return (await navigator.storage?.persisted?.()) ?? null;
  } catch {
    return null;
  }
}

export async function quotaEstimate(): Promise<{ usage: number; quota: number } | null> {
  try {
    const e = await navigator.storage?.estimate?.();
    return e && typeof e.quota === 'number' ? { usage: e.usage ?? 0, quota: e.quota } : null;
  } catch {
    return null;
  }
}

// --- Everything, for the data page -------------------------------------------------------------

export interface StoredItem {
  doc: Envelope;
  label: string;
  plural: string;
  title: string;
  bytes: number;
}

/** Every document, read fresh, with its size. Listens to the document stores so lists stay live. */
export const $allDocs = computed([$charters, $assessments, $reflections], (): StoredItem[] => {
  const items: StoredItem[] = [];
  for (const docType of DOC_TYPES) {
    for (const doc of Object.values(mapFor(docType).get())) {
      if (!doc) continue;
      items.push({ doc, label: docType.label, plural: docType.plural, title: docType.describe(doc), bytes: storedBytes(docKey(doc.type, doc.id), encodeDocument(doc)) });
    }
  }
  return items.sort((a, b) => Date.parse(b.doc.updatedAt) - Date.parse(a.doc.updatedAt));
});

/** Bytes of everything Tandem keeps in this browser. */
export function storedTotal(): number {
  return guarded.keys().filter(isTandemKey).reduce((n, k) => n + storedBytes(k, guarded.read(k) ?? ''), 0);
}

/** When to remind about exporting (null: no reminder). */
export const $exportReminder = computed([$allDocs, $meta], (items, meta) => exportReminder(items.map((i) => i.doc.updatedAt), meta.lastExportAt, new Date()));

/** The backup file's name and text; records the export so the reminder resets. */
export function exportAll(now = new Date()): { fileName: string; text: string } {
  const docs: Envelope[] = [];
  for (const docType of DOC_TYPES) {
    for (const doc of Object.values(mapFor(docType).get())) if (doc) docs.push(doc);
  }
  const text = JSON.stringify(buildBackup(docs, APP_VERSION, now), null, 2);
  $meta.set({ ...$meta.get(), lastExportAt: now.toISOString() });
  return { fileName: backupFileName(now), text };
}

export function readBackup(text: string, byteSize: number): ParsedBackup {
  return parseBackup(text, byteSize, DOC_TYPES);
}

export function previewImport(docs: Envelope[]): ImportPlan {
  return planImport(docs, (type, id) => {
    const docType = DOC_TYPES.find((t) => t.type === type);
    return docType ? (readStored(docType, id) ?? (mapFor(docType).get()[id] as Envelope | undefined)) : undefined;
  });
}

/** Write an import all or nothing. */
export function applyImport(plan: ImportPlan): { ok: true; written: number } | { ok: false; reason: string } {
  const writes = importWrites(plan);
  const result = guarded.transaction(writes.map((d) => [docKey(d.type, d.id), encodeDocument(d)]));
  if (!result.ok) return result;
  for (const d of writes) {
    const docType = DOC_TYPES.find((t) => t.type === d.type);
    if (docType) mapFor(docType).setKey(d.id, d);
  }
  if (writes.length) askToPersist();
  return { ok: true, written: writes.length };
}

/** Delete every Tandem key in this browser: documents, bookkeeping and quarantined data. */
export function deleteEverything(): { ok: true } | { ok: false; reason: string } {
  const keys = guarded.keys().filter(isTandemKey);
  const result = guarded.transaction(keys.map((k) => [k, undefined]));
  if (!result.ok) return result;
  for (const store of Object.values(MAPS)) store.set({});
  $quarantine.set({});
  $meta.set(DEFAULT_META);
  guarded.remove(META_KEY);
  return { ok: true };
}

/** The download offered for quarantined data. */
export function quarantineFile(now = new Date()): { fileName: string; text: string } {
  const records = Object.values($quarantine.get()).filter(Boolean);
  return { fileName: `tandem-unreadable-${now.toISOString().slice(0, 10)}.json`, text: quarantineDownload(records, now) };
}

export function discardQuarantine(): void {
  $quarantine.set({});
}

/** Documents of types this version does not know (written by a newer version): left untouched. */
export function unknownDocKeys(): string[] {
  return guarded.keys().filter((k) => k.startsWith(DOC_PREFIX) && !DOC_TYPES.some((t) => k.startsWith(docPrefix(t.type))));
}

/** Retry saving what is only in memory. */
export function retrySaving(): boolean {
  return guarded.flush();
}
