import { checkForWrite, encodeDocument, isNewer, type Envelope } from './envelope';
import type { Collection } from './doc-store';
import type { GuardedStorage } from './guarded';
import type { Keys } from './keys';
import type { Said } from './said';

// Loaded when an import is written (My data), not with every tool.

/**
 * Write documents from a backup, all or nothing, each only if it is still newer than the stored
 * copy at this moment (an edit made since the preview wins: `skipped` counts these). Documents this
 * version cannot read (saved by a newer version, or of an unknown kind) are written only where
 * nothing is stored under their id, and nothing is written over a stored value this version cannot
 * read: `kept` counts these, which the preview (planImport's keepStored) already listed.
 */
export function importDocuments(
  storage: GuardedStorage,
  keys: Keys,
  collections: readonly Collection<unknown>[],
  docs: readonly Envelope[],
  foreign: readonly { type: string; id: string; updatedAt?: string | undefined; raw: string }[],
): { ok: true; written: Envelope[]; foreignWritten: number; skipped: number; kept: number } | { ok: false; reason: Said } {
  const changes: [string, string][] = [];
  const written: Envelope[] = [];
  let skipped = 0;
  let kept = 0;
  let foreignWritten = 0;
  for (const doc of docs) {
    const collection = collections.find((c) => c.docType.type === doc.type);
    if (!collection) {
      skipped++;
      continue;
    }
    const current = collection.classify(doc.id);
    const checked = checkForWrite(collection.docType, doc);
    if (current.kind === 'foreign' || current.kind === 'unreadable') {
      kept++;
      continue;
    }
    if (!checked.ok || (current.kind === 'doc' && !isNewer(doc, current.doc))) {
      skipped++;
      continue;
    }
    changes.push([keys.docKey(doc.type, doc.id), encodeDocument(checked.doc)]);
    written.push(checked.doc);
  }
  for (const f of foreign) {
    const key = keys.docKey(f.type, f.id);
    // Never over what is stored: this version cannot tell whether the file's copy is a later
    // version of the same document, and a readable document would silently become unreadable here.
    if (storage.read(key) !== undefined) {
      kept++;
      continue;
    }
    changes.push([key, f.raw]);
    foreignWritten++;
  }
  const result = storage.transaction(changes);
  return result.ok ? { ok: true, written, foreignWritten, skipped, kept } : result;
}
