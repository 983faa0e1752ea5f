/**
 * The part of the persistence layer (src/stores/persistence.ts) that only My data and the storage
 * notices use: the browser's storage estimate, reading, previewing and writing an import, deleting
 * everything, and the values that could not be read. It works through the layer's own state
 * (`layer`), and is a module of its own so that the tools do not load it with every page.
 */
import { DOC_TYPES } from '../lib/docs';
import { fileSlug } from '../lib/format';
import type { ForeignIncoming, ImportPlan, ParsedBackup } from '../lib/storage/backup';
import type { Envelope } from '../lib/storage/envelope';
import { storedBytes } from '../lib/storage/keys';
import { DEFAULT_META, fingerprint } from '../lib/storage/meta';
import type { Said } from '../lib/storage/said';
import type { Translate } from '../lib/i18n/messages';
import { $meta, docsOfType, layer } from './persistence';

const { guarded, KEYS, COLLECTIONS, reloadAll, setMeta, askToPersist, backupCode, $unreadable } = layer;

/** Whether the browser has agreed to keep the data: true, false, or null if it cannot say. */
export async function isPersistent(): Promise<boolean | null> {
  try {
    return (await navigator.storage?.persisted?.()) ?? null;
  } catch {
    return null;
  }
}

/** How much this browser lets the site store, and how much it holds, if the browser says. */
export async function quotaEstimate(): Promise<{ usage: number; quota: number } | null> {
  try {
    const e = await navigator.storage?.estimate?.();
    return e && typeof e.quota === 'number' ? { usage: e.usage ?? 0, quota: e.quota } : null;
  } catch {
    return null;
  }
}

/** Bytes of everything this deployment keeps in this browser. */
export function storedTotal(): number {
  return guarded
    .keys()
    .filter(KEYS.owns)
    .reduce((n, k) => n + storedBytes(k, guarded.read(k) ?? ''), 0);
}

/** Read a backup file; its messages (said where they are shown) name the programme (`appName`). */
export async function readBackup(text: string, byteSize: number, appName = 'Tandem'): Promise<ParsedBackup> {
  const { parseBackup } = await backupCode();
  return parseBackup(text, byteSize, DOC_TYPES, appName);
}

/** What an import would add, replace and keep, against what is stored now. */
export async function previewImport(incoming: readonly Envelope[], foreign: readonly ForeignIncoming[] = []): Promise<ImportPlan> {
  const { planImport } = await backupCode();
  return planImport(incoming, (type, id) => docsOfType(type)?.get(id), foreign, (type, id) => guarded.read(KEYS.docKey(type, id)) !== undefined);
}

/**
 * Write an import all or nothing. Each document is written only if it is still newer than the
 * stored copy now: an edit made after the preview was shown is kept. The writing code loads with
 * the first import; the check against the stored copies happens after it has loaded.
 */
export async function applyImport(parsed: Extract<ParsedBackup, { ok: true }>): Promise<{ ok: true; written: number; skipped: number } | { ok: false; reason: Said }> {
  const { importDocuments } = await import('../lib/storage/import');
  const result = importDocuments(guarded, KEYS, COLLECTIONS, parsed.valid, parsed.foreign);
  reloadAll();
  if (!result.ok) return result;
  if (result.written.length) askToPersist();
  return { ok: true, written: result.written.length + result.foreignWritten, skipped: result.skipped };
}

/** Delete every key of this deployment: documents, bookkeeping, and values that could not be read. */
export function deleteEverything(): { ok: true } | { ok: false; reason: Said } {
  // Originals of documents copied from the shared namespace go too (when still as copied).
  const { adopted = {}, adoptedLegacyAt } = $meta.get();
  const originals = Object.entries(adopted)
    .filter(([key]) => {
      const raw = guarded.read(key);
      return raw !== undefined && fingerprint(raw) === adopted[key];
    })
    .map(([key]) => key);
  const keys = [...guarded.keys().filter(KEYS.owns), ...originals];
  const result = guarded.transaction(keys.map((k) => [k, undefined]));
  if (!result.ok) return result;
  $meta.set(DEFAULT_META);
  guarded.remove(KEYS.meta);
  // Remember that the copy was taken, so deleted documents are never copied back.
  if (adoptedLegacyAt) setMeta({ adoptedLegacyAt });
  reloadAll();
  return { ok: true };
}

/** The download offered for values that cannot be read, its name and words in the language of `t`. */
export async function unreadableFile(t: Translate, now = new Date(), appName = 'Tandem'): Promise<{ fileName: string; text: string }> {
  const { unreadableDownload } = await import('../lib/storage/quarantine');
  return { fileName: t('common.files.unreadable', { name: fileSlug(appName), date: now.toISOString().slice(0, 10) }), text: unreadableDownload(t, $unreadable.get(), now) };
}

/** Remove the values that cannot be read (after the person downloaded them). */
export function discardUnreadable(): void {
  for (const u of $unreadable.get()) guarded.remove(u.key);
  reloadAll();
}

/** Retry saving what is only in memory. */
export function retrySaving(): boolean {
  const ok = guarded.flush();
  reloadAll();
  return ok;
}
