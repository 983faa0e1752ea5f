/**
 * Revisions of a charter: saved versions with a note. Pure: each function takes the newest stored
 * data and returns the changed data, so a revision always snapshots what is stored, not what a
 * screen showed a moment ago.
 */
import { MAX_NOTE_CHARS, MAX_REVISIONS, MAX_TITLE_CHARS, type CharterData, type CharterValues, type Revision } from '../docs/charter-doc';

/** A note cut to the limit, with an ellipsis where it was cut. */
export function clampText(text: string, max: number): string {
  const t = text.trim();
  return t.length <= max ? t : `${t.slice(0, max - 1).trimEnd()}…`;
}

/**
 * Add a revision holding the data's current name and values (or `values`, when given). Past
 * MAX_REVISIONS, the oldest revisions go: the newest ones, and the current text, are always kept.
 */
export function addRevision(data: CharterData, r: { id: string; note: string; savedAt: string; values?: CharterValues; title?: string }): CharterData {
  const revision: Revision = {
    id: r.id,
    savedAt: r.savedAt,
    note: clampText(r.note, MAX_NOTE_CHARS),
    title: clampText(r.title ?? data.title, MAX_TITLE_CHARS),
    values: r.values ?? data.values,
  };
  const revisions = [...data.revisions, revision];
  return { ...data, revisions: revisions.slice(Math.max(0, revisions.length - MAX_REVISIONS)) };
}

/**
 * Restore a revision: the current text is saved as a revision first ("Before restoring…"), then the
 * revision's text becomes the current text, recorded as a revision of its own. Returns the data
 * unchanged if the revision is not there.
 */
export function restoreRevision(data: CharterData, revisionId: string, r: { ids: [string, string]; savedAt: string; when: string }): CharterData {
  const revision = data.revisions.find((x) => x.id === revisionId);
  if (!revision) return data;
  const kept = addRevision(data, { id: r.ids[0], note: `Before restoring the version of ${r.when}`, savedAt: r.savedAt });
  const restored: CharterData = { ...kept, title: revision.title || kept.title, values: revision.values };
  const about = originalNote(revision.note);
  return addRevision(restored, { id: r.ids[1], note: `Restored the version of ${r.when}${about ? ` (“${about}”)` : ''}`, savedAt: r.savedAt, title: revision.title });
}

/** The name of a copy: "Copy of …", within the length limit. */
export const copyTitle = (title: string): string => clampText(`Copy of ${title}`, MAX_TITLE_CHARS);

/**
 * The note a chain of restores started from: restoring "Restored the version of … (“Agreed”)" names
 * “Agreed” once, so notes never grow with each restore.
 */
export function originalNote(note: string): string {
  let n = note;
  for (;;) {
    const inner = /^Restored the version of [^(“]*\(“(.*)”\)$/s.exec(n);
    if (inner) n = inner[1]!;
    else return /^Restored the version of [^(“]*$/.test(n) ? '' : n;
  }
}
