import { useEffect, useRef, useState } from 'preact/hooks';
import type { SectionChanges } from '../../lib/charter/diff';
import { addRevision, restoreRevision } from '../../lib/charter/revisions';
import { MAX_NOTE_CHARS, type CharterDoc, type Revision } from '../../lib/docs/charter-doc';
import { formatDateTime } from '../../lib/format';
import { newId, nextUpdatedAt } from '../../lib/storage/envelope';
import { charters } from '../../stores/persistence';
import { flushAllDrafts } from '../shared/useDraft';
import { TextLimit } from '../shared/TextLimit';
import { focusSoon } from '../shared/UndoStatus';
import type { CharterConfig } from './types';

interface Props {
  config: CharterConfig;
  doc: CharterDoc;
}


/** Changes shown word by word: removed words struck through, added words underlined. */
export function ChangeList({ changes, beforeLabel, afterLabel }: { changes: SectionChanges[]; beforeLabel: string; afterLabel: string }) {
  if (changes.length === 0) return <p>No differences: the text is the same.</p>;
  return (
    <div class="changes">
      <p class="hint">
        Words only in {beforeLabel} are <del>struck through</del>; words only in {afterLabel} are <ins>underlined</ins>.
      </p>
      {changes.map((s) => (
        <section key={s.id} class="change-section" aria-label={s.title}>
          <h4>{s.title}</h4>
          {s.fields.map((f) => (
            <div key={f.key} class="change-field">
              <p class="change-label">
                {f.label}
                {f.rewritten && <span class="hint"> (rewritten entirely: too different to compare word by word)</span>}
              </p>
              <p class="change-text">
                {f.parts.map((p, i) =>
                  p.change === 'added' ? (
                    <ins key={i}>
                      <span class="visually-hidden">[added: </span>
                      {p.text}
                      <span class="visually-hidden">]</span>
                    </ins>
                  ) : p.change === 'removed' ? (
                    <del key={i}>
                      <span class="visually-hidden">[removed: </span>
                      {p.text}
                      <span class="visually-hidden">]</span>
                    </del>
                  ) : (
                    <span key={i}>{p.text}</span>
                  ),
                )}
                {f.parts.length === 0 && <em>(empty)</em>}
              </p>
            </div>
          ))}
        </section>
      ))}
    </div>
  );
}

export default function RevisionsPanel({ config, doc }: Props) {
  const [note, setNote] = useState('');
  const [status, setStatus] = useState('');
  const [comparing, setComparing] = useState<{ revision: Revision; changes: SectionChanges[] } | null>(null);
  const [confirmRestore, setConfirmRestore] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const statusLine = useRef<HTMLParagraphElement>(null);
  const compareHeading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  useEffect(() => compareHeading.current?.focus(), [comparing?.revision.id]);

  const revisions = [...doc.data.revisions].reverse();

  function save(e: Event) {
    e.preventDefault();
    flushAllDrafts();
    const r = charters.update(doc.id, (d) => addRevision(d, { id: newId(), note: note.trim() || 'Saved revision', savedAt: nextUpdatedAt(new Date()) }));
    if (!r.ok) return;
    setStatus(`Revision saved${note.trim() ? `: “${note.trim()}”` : ''}.`);
    setNote('');
  }

  async function compare(revision: Revision) {
    const { charterChanges } = await import('../../lib/charter/diff');
    setComparing({ revision, changes: charterChanges(config.def, revision.values, doc.data.values) });
  }

  function restore(revision: Revision) {
    const when = `${formatDateTime(revision.savedAt)}${revision.note.trim() ? `, “${revision.note.trim()}”` : ''}`;
    flushAllDrafts();
    // The current text is kept as a revision first, so restoring never loses anything.
    const r = charters.update(doc.id, (d) => restoreRevision(d, revision.id, { ids: [newId(), newId()], savedAt: nextUpdatedAt(new Date()), when }));
    if (!r.ok) return;
    setConfirmRestore(null);
    setComparing(null);
    setStatus(`Restored the version of ${when}. It is now the current text, and saved as a new revision.`);
    focusSoon(() => statusLine.current);
  }

  return (
    <section class="tool-panel" aria-labelledby="rev-title">
      <h2 id="rev-title" tabIndex={-1} ref={heading}>
        Revisions
      </h2>
      <p>
        A charter is a living document. Save a revision when you agree a version (for example after a review), so you
        can see later what changed.
      </p>
      <form class="inline-form" onSubmit={save}>
        <div class="field grow">
          <label for="rev-note">Note for this revision</label>
          <input id="rev-note" type="text" maxLength={MAX_NOTE_CHARS} aria-describedby="rev-note-limit" value={note} placeholder="For example: after the three-month review" onInput={(e) => setNote(e.currentTarget.value)} />
          <TextLimit id="rev-note-limit" length={note.length} max={MAX_NOTE_CHARS} />
        </div>
        <button type="submit">Save a revision</button>
      </form>
      <p role="status" class="hint" tabIndex={-1} ref={statusLine}>
        {status}
      </p>
      {revisions.length === 0 ? (
        <p>No revisions saved yet.</p>
      ) : (
        <ol class="revision-list" reversed>
          {revisions.map((r, i) => (
            <li key={r.id}>
              <span class="rev-when">{formatDateTime(r.savedAt)}</span>
              <span class="rev-note">{r.note}</span>
              <span class="button-row">
                <button type="button" id={`compare-${r.id}`} class="secondary small" onClick={() => void compare(r)}>
                  Compare with now<span class="visually-hidden"> {revisionName(r, revisions.length - i)}</span>
                </button>
                {confirmRestore === r.id ? (
                  <>
                    <button type="button" id={`confirm-restore-${r.id}`} class="small" onClick={() => restore(r)}>
                      Yes, restore it
                    </button>
                    <button
                      type="button"
                      class="secondary small"
                      onClick={() => {
                        setConfirmRestore(null);
                        focusSoon(() => document.getElementById(`restore-${r.id}`));
                      }}
                    >
                      Cancel
                    </button>
                  </>
                ) : (
                  <button
                    type="button"
                    id={`restore-${r.id}`}
                    class="secondary small"
                    onClick={() => {
                      setConfirmRestore(r.id);
                      focusSoon(() => document.getElementById(`confirm-restore-${r.id}`));
                    }}
                  >
                    Restore<span class="visually-hidden"> {revisionName(r, revisions.length - i)}</span>
                  </button>
                )}
              </span>
            </li>
          ))}
        </ol>
      )}
      {comparing && (
        <div class="compare">
          <h3 tabIndex={-1} ref={compareHeading}>
            Changes since {formatDateTime(comparing.revision.savedAt)}
            {comparing.revision.note ? ` (“${comparing.revision.note}”)` : ''}
          </h3>
          <ChangeList changes={comparing.changes} beforeLabel="that revision" afterLabel="the current text" />
          <p>
            <button
              type="button"
              class="secondary small"
              onClick={() => {
                const id = comparing.revision.id;
                setComparing(null);
                focusSoon(() => document.getElementById(`compare-${id}`));
              }}
            >
              Close the comparison
            </button>
          </p>
        </div>
      )}
    </section>
  );
}

/**
 * A revision named for a button heard out of context: its number (as the list counts them), when, and
 * its note. Two saved in the same minute are still told apart.
 */
const revisionName = (r: Revision, n: number): string => `revision ${n}, ${formatDateTime(r.savedAt)}${r.note.trim() ? `, “${r.note.trim()}”` : ''}`;
