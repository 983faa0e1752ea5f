import { useEffect, useRef, useState } from 'preact/hooks';
import type { SectionChanges } from '../../lib/charter/diff';
import { addRevision, restoreRevision } from '../../lib/charter/revisions';
import { MAX_NOTE_CHARS, type CharterDoc, type Revision } from '../../lib/docs/charter-doc';
import { newId, nextUpdatedAt } from '../../lib/storage/envelope';
import { charters } from '../../stores/persistence';
import { flushAllDrafts } from '../shared/useDraft';
import { TextLimit } from '../shared/TextLimit';
import { focusSoon } from '../shared/UndoStatus';
import type { CharterConfig } from './types';
import { Rich, useT } from '../shared/i18n';
import type { Translate } from '../../lib/i18n/messages';

interface Props {
  config: CharterConfig;
  doc: CharterDoc;
}


/** Changes shown word by word: removed words struck through, added words underlined. */
export function ChangeList({ changes, beforeLabel, afterLabel }: { changes: SectionChanges[]; beforeLabel: string; afterLabel: string }) {
  const t = useT();
  if (changes.length === 0) return <p>{t('charter.revisions.noDifferences')}</p>;
  return (
    <div class="changes">
      <p class="hint">
        <Rich
          k="charter.revisions.legend"
          params={{ before: beforeLabel, after: afterLabel }}
          slots={{ struck: <del>{t('charter.revisions.struck')}</del>, underlined: <ins>{t('charter.revisions.underlined')}</ins> }}
        />
      </p>
      {changes.map((s) => (
        <section key={s.id} class="change-section" aria-label={s.title}>
          <h4>{s.title}</h4>
          {s.fields.map((f) => (
            <div key={f.key} class="change-field">
              <p class="change-label">
                {f.label}
                {f.rewritten && <span class="hint">{t('charter.revisions.rewritten')}</span>}
              </p>
              <p class="change-text">
                {f.parts.map((p, i) =>
                  p.change === 'added' ? (
                    <ins key={i}>
                      <Marked k="charter.revisions.added" text={p.text} />
                    </ins>
                  ) : p.change === 'removed' ? (
                    <del key={i}>
                      <Marked k="charter.revisions.removed" text={p.text} />
                    </del>
                  ) : (
                    <span key={i}>{p.text}</span>
                  ),
                )}
                {f.parts.length === 0 && <em>{t('charter.revisions.empty')}</em>}
              </p>
            </div>
          ))}
        </section>
      ))}
    </div>
  );
}

/** Words added or removed, said as such to screen readers ("[added: …]"): only the words themselves are seen. */
function Marked({ k, text }: { k: 'charter.revisions.added' | 'charter.revisions.removed'; text: string }) {
  const t = useT();
  return <>{t.parts(k).map((part, i) => (typeof part === 'string' ? <span key={i} class="visually-hidden">{part}</span> : part.slot === 'text' ? text : null))}</>;
}

export default function RevisionsPanel({ config, doc }: Props) {
  const t = useT();
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
    const r = charters.update(doc.id, (d) => addRevision(d, { id: newId(), note: note.trim() || t('charter.revisions.defaultNote'), savedAt: nextUpdatedAt(new Date()) }));
    if (!r.ok) return;
    setStatus(note.trim() ? t('charter.revisions.savedNoted', { note: note.trim() }) : t('charter.revisions.saved'));
    setNote('');
  }

  async function compare(revision: Revision) {
    const { charterChanges } = await import('../../lib/charter/diff');
    setComparing({ revision, changes: charterChanges(t, config.def, revision.values, doc.data.values) });
  }

  function restore(revision: Revision) {
    const date = t.dateTime(revision.savedAt);
    const when = revision.note.trim() ? t('charter.revisions.whenNoted', { date, note: revision.note.trim() }) : date;
    flushAllDrafts();
    // The current text is kept as a revision first, so restoring never loses anything.
    const r = charters.update(doc.id, (d) => restoreRevision(t, d, revision.id, { ids: [newId(), newId()], savedAt: nextUpdatedAt(new Date()), when }));
    if (!r.ok) return;
    setConfirmRestore(null);
    setComparing(null);
    setStatus(t('charter.revisions.restored', { when }));
    focusSoon(() => statusLine.current);
  }

  return (
    <section class="tool-panel" aria-labelledby="rev-title">
      <h2 id="rev-title" tabIndex={-1} ref={heading}>
        {t('charter.revisions.title')}
      </h2>
      <p>{t('charter.revisions.intro')}</p>
      <form class="inline-form" onSubmit={save}>
        <div class="field grow">
          <label for="rev-note">{t('charter.revisions.noteLabel')}</label>
          <input id="rev-note" type="text" maxLength={MAX_NOTE_CHARS} aria-describedby="rev-note-limit" value={note} placeholder={t('charter.revisions.notePlaceholder')} onInput={(e) => setNote(e.currentTarget.value)} />
          <TextLimit id="rev-note-limit" length={note.length} max={MAX_NOTE_CHARS} />
        </div>
        <button type="submit">{t('charter.revisions.save')}</button>
      </form>
      <p role="status" class="hint" tabIndex={-1} ref={statusLine}>
        {status}
      </p>
      {revisions.length === 0 ? (
        <p>{t('charter.revisions.none')}</p>
      ) : (
        <ol class="revision-list" reversed>
          {revisions.map((r, i) => (
            <li key={r.id}>
              <span class="rev-when">{t.dateTime(r.savedAt)}</span>
              <span class="rev-note">{r.note}</span>
              <span class="button-row">
                <button type="button" id={`compare-${r.id}`} class="secondary small" onClick={() => void compare(r)}>
                  <Rich k="charter.revisions.compare" slots={{ hidden: <span class="visually-hidden">{revisionName(t, r, revisions.length - i)}</span> }} />
                </button>
                {confirmRestore === r.id ? (
                  <>
                    <button type="button" id={`confirm-restore-${r.id}`} class="small" onClick={() => restore(r)}>
                      {t('charter.revisions.confirmRestore')}
                    </button>
                    <button
                      type="button"
                      class="secondary small"
                      onClick={() => {
                        setConfirmRestore(null);
                        focusSoon(() => document.getElementById(`restore-${r.id}`));
                      }}
                    >
                      {t('charter.cancel')}
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
                    <Rich k="charter.revisions.restore" slots={{ hidden: <span class="visually-hidden">{revisionName(t, r, revisions.length - i)}</span> }} />
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
            {comparing.revision.note
              ? t('charter.revisions.changesSinceNoted', { date: t.dateTime(comparing.revision.savedAt), note: comparing.revision.note })
              : t('charter.revisions.changesSince', { date: t.dateTime(comparing.revision.savedAt) })}
          </h3>
          <ChangeList changes={comparing.changes} beforeLabel={t('charter.revisions.thatRevision')} afterLabel={t('charter.revisions.currentText')} />
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
              {t('charter.revisions.close')}
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
const revisionName = (t: Translate, r: Revision, n: number): string =>
  r.note.trim()
    ? t('charter.revisions.nameNotedHidden', { number: n, date: t.dateTime(r.savedAt), note: r.note.trim() })
    : t('charter.revisions.nameHidden', { number: n, date: t.dateTime(r.savedAt) });
