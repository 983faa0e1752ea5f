/**
 * Revisions of a charter: saved versions with a note. Pure: each function takes the newest stored
 * data and returns the changed data, so a revision always snapshots what is stored, not what a
 * screen showed a moment ago.
 */
import { MAX_NOTE_CHARS, MAX_REVISIONS, MAX_TITLE_CHARS, type CharterData, type CharterValues, type Revision } from '../docs/charter-doc';
import type { Translate } from '../i18n/messages';

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
 * revision's text becomes the current text, recorded as a revision of its own. The notes are in the
 * page's language; `when` names the revision restored. Returns the data unchanged if the revision is not there.
 */
export function restoreRevision(t: Translate, data: CharterData, revisionId: string, r: { ids: [string, string]; savedAt: string; when: string }): CharterData {
  const revision = data.revisions.find((x) => x.id === revisionId);
  if (!revision) return data;
  const kept = addRevision(data, { id: r.ids[0], note: t('charter.revisions.beforeRestoring', { when: r.when }), savedAt: r.savedAt });
  const restored: CharterData = { ...kept, title: revision.title || kept.title, values: revision.values };
  const about = originalNote(t, revision.note);
  const note = about ? t('charter.revisions.restoredNoteAbout', { when: r.when, note: about }) : t('charter.revisions.restoredNote', { when: r.when });
  return addRevision(restored, { id: r.ids[1], note, savedAt: r.savedAt, title: revision.title });
}

/** The name of a copy: "Copy of …", within the length limit. */
export const copyTitle = (t: Translate, title: string): string => clampText(t('charter.revisions.copyOf', { title }), MAX_TITLE_CHARS);

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Patterns matching the two restore notes whole, the note inside captured. `{when}` never holds the
 * punctuation that opens the note ("(“" in English), so a note that is itself a restore note nests.
 */
function restorePatterns(t: Translate): { about: RegExp; plain: RegExp } {
  const aboutParts = t.parts('charter.revisions.restoredNoteAbout');
  const at = aboutParts.findIndex((p) => typeof p !== 'string' && p.slot === 'note');
  const before = at > 0 ? aboutParts[at - 1] : undefined;
  const opening = typeof before === 'string' ? (/[^\p{L}\p{N}\s]+$/u.exec(before.trimEnd())?.[0] ?? '') : '';
  const when = opening ? `[^${opening.replace(/[\\\]^-]/g, '\\$&')}]*` : '.*?';
  const pattern = (parts: ReturnType<Translate['parts']>) =>
    new RegExp(`^${parts.map((p) => (typeof p === 'string' ? escapeRegExp(p) : p.slot === 'note' ? '(.*)' : when)).join('')}$`, 's');
  return { about: pattern(aboutParts), plain: pattern(t.parts('charter.revisions.restoredNote')) };
}

/**
 * The note a chain of restores started from: restoring "Restored the version of … (“Agreed”)" names
 * “Agreed” once, so notes never grow with each restore. Notes are read in the page's language.
 */
export function originalNote(t: Translate, note: string): string {
  const { about, plain } = restorePatterns(t);
  let n = note;
  for (;;) {
    const inner = about.exec(n);
    if (inner?.[1] !== undefined && inner[1].length < n.length) n = inner[1];
    else return plain.test(n) ? '' : n;
  }
}
