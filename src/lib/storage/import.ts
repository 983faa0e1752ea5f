import { checkForWrite, encodeDocument, isNewer, type Envelope } from './envelope';
import { plainForeign, type Collection } from './doc-store';
import type { GuardedStorage } from './guarded';
import type { Keys } from './keys';

// Loaded when an import is written (My data), not with every tool.

/**
 * Write documents from a backup, all or nothing, each only if it is still newer than the stored
 * copy at this moment (an edit made since the preview wins). Values of kinds this version cannot
 * read are written only where nothing is stored.
 */
export function importDocuments(
  storage: GuardedStorage,
  keys: Keys,
  collections: readonly Collection<unknown>[],
  docs: readonly Envelope[],
  foreign: readonly { type: string; id: string; updatedAt?: string | undefined; raw: string }[],
): { ok: true; written: Envelope[]; foreignWritten: number; skipped: number } | { ok: false; reason: string } {
  const changes: [string, string][] = [];
  const written: Envelope[] = [];
  let skipped = 0;
  let foreignWritten = 0;
  for (const doc of docs) {
    const collection = collections.find((c) => c.docType.type === doc.type);
    if (!collection) {
      skipped++;
      continue;
    }
    const current = collection.classify(doc.id);
    const checked = checkForWrite(collection.docType, doc);
    if (!checked.ok || current.kind === 'foreign' || current.kind === 'unreadable' || (current.kind === 'doc' && !isNewer(doc, current.doc))) {
      skipped++;
      continue;
    }
    changes.push([keys.docKey(doc.type, doc.id), encodeDocument(checked.doc)]);
    written.push(checked.doc);
  }
  for (const f of foreign) {
    const key = keys.docKey(f.type, f.id);
    const stored = storage.read(key);
    if (stored !== undefined) {
      const mine = plainForeign(key, f.type, f.id, stored);
      if (!f.updatedAt || !mine.updatedAt || !isNewer({ updatedAt: f.updatedAt }, { updatedAt: mine.updatedAt })) {
        skipped++;
        continue;
      }
    }
    changes.push([key, f.raw]);
    foreignWritten++;
  }
  const result = storage.transaction(changes);
  return result.ok ? { ok: true, written, foreignWritten, skipped } : result;
}
