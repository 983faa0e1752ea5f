import { useStore } from '@nanostores/preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { roleKey } from '../../lib/charter/definition';
import { displayTitle, goalsValue, roleText } from '../../lib/charter/values';
import { MAX_LINE_CHARS, MAX_TEXT_CHARS, PROGRESS, type Progress, type SessionData, type SessionDoc } from '../../lib/docs/session-doc';
import { carriedInto, markActionDone, removeAction, restoreAction, restoreGoalNote, setGoalProgress, type Removed } from '../../lib/relationship/sessions';
import { byId, newId } from '../../lib/storage/envelope';
import { $storageHealth, charters, sessions } from '../../stores/persistence';
import { go } from '../shared/route';
import { TextLimit } from '../shared/TextLimit';
import UndoStatus, { focusSoon, useStatus } from '../shared/UndoStatus';
import { flushAllDrafts, useDraft } from '../shared/useDraft';
import OpenActions from './OpenActions';
import SessionSheet, { PROGRESS_LABEL } from './SessionSheet';
import type { MentoringConfig } from './types';
import { useT } from '../shared/i18n';


/** One session record: what was discussed, how it moved the charter's goals, actions for each, a private note. */
export default function SessionEditor({
  config,
  session,
  onDelete,
  onChange,
  unsaved,
  detached,
}: {
  config: MentoringConfig;
  session: SessionDoc;
  /** Delete it (with an Undo on the page it returns to). */
  onDelete: (s: SessionDoc) => void;
  /** Where changes go instead of storage: set while the record is only on this page (not stored yet, or deleted in another tab). */
  onChange?: ((fn: (x: SessionData) => SessionData) => void) | undefined;
  /** Opened with "Log a session" and not stored yet: it becomes a record with the first thing written. */
  unsaved?: boolean | undefined;
  /** Deleted in another tab and kept only on this page (the page above offers to keep it). */
  detached?: boolean | undefined;
}) {
  // The stored record is read as it is now: the page above follows storage a moment later (its
  // stores re-render on a timer), and an action just added must appear before the next key.
  const t = useT();
  const d = (byId(sessions.$docs.get(), session.id) ?? session).data;
  const [, rerender] = useState(0);
  // What was just cleared, removed or ticked, said out loud, with an Undo.
  const [status, setStatus] = useStatus();
  const health = useStore($storageHealth);
  const all = useStore(sessions.$list);
  const charterDocs = useStore(charters.$docs);
  const charter = d.charterId ? byId(charterDocs, d.charterId) : undefined;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const write = (fn: (x: SessionData) => SessionData) => (onChange ? onChange(fn) : void sessions.update(session.id, fn));
  /** Actions removed one after another, undone together by one Undo. */
  const removedRun = useRef<Removed[]>([]);
  /**
   * Any other change ends what the last Undo could undo (an Undo must never overwrite what was
   * chosen or typed after it).
   */
  const change = (fn: (x: SessionData) => SessionData) => {
    removedRun.current = [];
    if (status?.restore) setStatus('');
    write(fn);
  };
  const goals = (['mentee', 'mentor'] as const).flatMap((owner) => {
    const key = roleKey(config.def, owner === 'mentee' ? 'mentee-goals' : 'mentor-goals');
    return key && charter ? goalsValue(charter.data.values, key).filter((g) => g.text.trim()).map((g) => ({ owner, g })) : [];
  });
  const earlier = carriedInto(all, session);

  /** Notes cleared with "Not this time", by goal, until the goal is given a progress again. */
  const clearedNotes = useRef<Record<string, string>>({});
  /** "Not this time" clears how the session moved a goal, its note too: Undo puts both back. */
  function notThisTime(goalId: string, text: string) {
    // Words still waiting in its note are saved first; what is cleared is read from the record as
    // it is now (this render may not have the note typed a moment ago), so Undo brings it all back.
    flushAllDrafts();
    const seen: { goal?: SessionData['goals'][number] | undefined } = {};
    change((x) => ((seen.goal = x.goals.find((g) => g.goalId === goalId)), setGoalProgress(x, goalId, null)));
    const before = seen.goal;
    if (!before) return;
    // Kept aside too: the arrow keys pass "Not this time" on their way between two other choices,
    // and the note comes back with the next choice for this goal.
    if (before.note.trim()) clearedNotes.current[goalId] = before.note;
    setStatus(before.note.trim() ? t('mentoring.session.clearedWithNote', { text }) : t('mentoring.session.cleared', { text }), () => {
      delete clearedNotes.current[goalId];
      write((x) => restoreGoalNote(x, before));
    });
  }

  /** How a session moved a goal; a note cleared a moment ago by "Not this time" comes back with it. */
  function setProgress(goalId: string, text: string, progress: Progress) {
    const kept = clearedNotes.current[goalId];
    delete clearedNotes.current[goalId];
    const noted = d.goals.some((x) => x.goalId === goalId);
    change((x) => setGoalProgress(x, goalId, progress, kept !== undefined && !noted ? kept : undefined));
    if (kept !== undefined && !noted) setStatus(t('mentoring.session.noteBack', { progress: t(PROGRESS_LABEL[progress]), text }));
  }

  /**
   * The record as it is now, with words still waiting in a field saved first: this render may be
   * older than what was just typed (the page follows storage a moment later).
   */
  function now(): SessionData {
    flushAllDrafts();
    return (onChange ? undefined : sessions.get(session.id)?.data) ?? d;
  }

  /** Remove an action; focus goes to the next action's Remove button, or to the first Add button. */
  function remove(actionId: string) {
    const { removed } = removeAction(now(), actionId);
    if (!removed) return;
    // Removals one after another are undone together, the last first, each back in its place.
    const run = [...removedRun.current, removed];
    write((x) => removeAction(x, actionId).data);
    removedRun.current = run;
    const text = removed.action.text.trim();
    const said =
      run.length === 1
        ? text
          ? t('mentoring.session.removed', { text })
          : t('mentoring.session.removedEmpty')
        : text
          ? t('mentoring.session.removedRun', { count: run.length, text })
          : t('mentoring.session.removedRunEmpty', { count: run.length });
    setStatus(said, () => {
      removedRun.current = [];
      write((x) => run.reduceRight((y, r) => restoreAction(y, r), x));
    });
    focusSoon(() => document.querySelectorAll<HTMLElement>('.action-list .action-remove')[removed.index] ?? document.getElementById('add-action-mentee'));
  }

  /**
   * The action just added takes focus as it appears, in the same turn as the click or Enter that
   * added it, so the first key typed straight after lands in it rather than on the button.
   */
  const focusAction = useRef<string | null>(null);
  /** True once, for the action just added, as its field appears. */
  const takeFocus = (id: string) => focusAction.current === id && ((focusAction.current = null), true);
  function addAction(who: 'mentor' | 'mentee') {
    const id = newId();
    focusAction.current = id;
    change((x) => ({ ...x, actions: [...x.actions, { id, who, text: '', done: false }] }));
    // Numbered, so that a second action added in a row is said too (the same words would not be).
    setStatus(who === 'mentee' ? t('mentoring.session.addedMentee', { number: d.actions.length + 1 }) : t('mentoring.session.addedMentor', { number: d.actions.length + 1 }));
    rerender((n) => n + 1);
  }

  return (
    <div class="session-editor">
      <div class="print-only">
        <SessionSheet
          programName={config.programName}
          level={2}
          goals={goals.map(({ owner, g }) => ({ owner, goal: g }))}
          session={{ data: d, dateText: t.date(d.date), names: charter ? t.list([roleText(config.def, charter.data.values, 'mentee-name'), roleText(config.def, charter.data.values, 'mentor-name')].filter(Boolean)) : '' }}
        />
      </div>
      <div class="no-print">
      <p class="no-print">
        <a href={location.pathname} onClick={(e) => go(e, null)}>
          {t('mentoring.session.back')}
        </a>
      </p>
      <h2 tabIndex={-1} ref={heading}>
        {charter ? t('mentoring.session.titleFor', { date: t.date(d.date), title: displayTitle(config.def, charter.data, t) }) : t('mentoring.session.title', { date: t.date(d.date) })}
      </h2>
      <p class="print-only doc-programme">{t('mentoring.session.printed', { programme: config.programName })}</p>
      <div class="field no-print">
        <label for="session-date">{t('mentoring.session.date')}</label>
        <input id="session-date" type="date" value={d.date} onChange={(e) => e.currentTarget.value && change((x) => ({ ...x, date: e.currentTarget.value }))} />
      </div>
      <TextArea id="session-discussed" label={t('mentoring.session.discussed')} value={d.discussed} max={MAX_TEXT_CHARS} onSave={(t) => change((x) => ({ ...x, discussed: t }))} />

      {goals.length > 0 && (
        <fieldset class="session-goals">
          <legend>{t('mentoring.session.goals')}</legend>
          {goals.map(({ owner, g }) => {
            const noted = d.goals.find((x) => x.goalId === g.id);
            const name = `goal-${g.id}`;
            return (
              <fieldset key={g.id} class="choice-group">
                <legend>{t('mentoring.labelled', { label: owner === 'mentee' ? t('mentoring.who.mentee') : t('mentoring.who.mentor'), text: g.text })}</legend>
                <div class="choices">
                  <label class="choice">
                    <input type="radio" name={name} checked={!noted} onChange={() => notThisTime(g.id, g.text)} /> {t('mentoring.session.notThisTime')}
                  </label>
                  {PROGRESS.map((p) => (
                    <label key={p} class="choice">
                      <input type="radio" name={name} checked={noted?.progress === p} onChange={() => setProgress(g.id, g.text, p)} /> {t(PROGRESS_LABEL[p])}
                    </label>
                  ))}
                </div>
                {noted && (
                  <TextLine
                    id={`goal-note-${g.id}`}
                    label={t('mentoring.session.goalNote', { text: g.text })}
                    value={noted.note}
                    onSave={(t) => change((x) => ({ ...x, goals: x.goals.map((n) => (n.goalId === g.id ? { ...n, note: t } : n)) }))}
                  />
                )}
              </fieldset>
            );
          })}
        </fieldset>
      )}

      <fieldset class="session-actions">
        <legend>{t('mentoring.session.actions')}</legend>
        <div>
          {earlier.length > 0 && <p>{t('mentoring.session.stillOpen')}</p>}
          <OpenActions open={earlier} />
        </div>
        {d.actions.length === 0 && <p class="hint">{t('mentoring.session.noActions')}</p>}
        <ul class="action-list">
          {d.actions.map((a, i) => (
            <li key={a.id} class="action">
              <input
                type="checkbox"
                aria-label={t('mentoring.session.doneLabel', { text: a.text.trim() || t('mentoring.session.actionNumber', { number: i + 1 }) })}
                checked={a.done}
                onChange={(e) => {
                  const done = e.currentTarget.checked;
                  const text = now().actions.find((x) => x.id === a.id)?.text.trim() || t('mentoring.session.actionNumber', { number: i + 1 });
                  change((x) => markActionDone(x, a.id, done));
                  setStatus(done ? t('mentoring.actions.markedDone', { text }) : t('mentoring.actions.markedNotDone', { text }), () => write((x) => markActionDone(x, a.id, !done)));
                }}
              />
              <TextLine
                id={`action-${a.id}`}
                label={a.who === 'mentee' ? t('mentoring.session.menteeWill') : t('mentoring.session.mentorWill')}
                value={a.text}
                takeFocus={() => takeFocus(a.id)}
                onSave={(t) => change((x) => ({ ...x, actions: x.actions.map((y) => (y.id === a.id ? { ...y, text: t } : y)) }))}
              />
              <button type="button" class="secondary small no-print action-remove" onClick={() => remove(a.id)}>
                {t('mentoring.session.remove')}
                <span class="visually-hidden">{a.text.trim() ? t('mentoring.session.removeMore', { text: a.text.trim() }) : t('mentoring.session.removeMoreEmpty', { number: i + 1 })}</span>
              </button>
            </li>
          ))}
        </ul>
        <p class="button-row no-print">
          <button type="button" id="add-action-mentee" class="secondary" onClick={() => addAction('mentee')}>
            {t('mentoring.session.addMentee')}
          </button>
          <button type="button" class="secondary" onClick={() => addAction('mentor')}>
            {t('mentoring.session.addMentor')}
          </button>
        </p>
      </fieldset>

      <UndoStatus status={status} onDone={setStatus} />
      <div class="no-print">
        <TextArea id="session-private" label={t('mentoring.session.privateNote')} value={d.privateNote} max={MAX_TEXT_CHARS} onSave={(t) => change((x) => ({ ...x, privateNote: t }))} />
      </div>
      <p class="hint no-print" id="session-saving">
        {detached
          ? t('mentoring.session.detached')
          : health.state !== 'ok'
            ? t('mentoring.session.notSaving')
            : unsaved
              ? t('mentoring.session.unsaved')
              : t('mentoring.session.saving')}
      </p>
      <p class="button-row no-print">
        {!detached && (
          <button type="button" aria-describedby="session-saving" onClick={() => (flushAllDrafts(), go(null, null))}>
            {t('mentoring.session.done')}
          </button>
        )}
        <button type="button" class="secondary" onClick={() => window.print()}>
          {t('mentoring.session.print')}
        </button>
        {unsaved ? (
          <button type="button" class="secondary" onClick={() => onDelete(session)}>
            {t('mentoring.session.cancel')}
          </button>
        ) : (
          <button type="button" class="danger" onClick={() => onDelete(session)}>
            {t('mentoring.session.delete')}
          </button>
        )}
      </p>
      </div>
    </div>
  );
}

function TextArea({ id, label, value, max, onSave }: { id: string; label: string; value: string; max: number; onSave: (t: string) => void }) {
  const [draft, setDraft, flush] = useDraft(value, onSave);
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <textarea id={id} rows={4} maxLength={max} value={draft} aria-describedby={`${id}-limit`} onInput={(e) => setDraft(e.currentTarget.value)} onBlur={flush} />
      <TextLimit id={`${id}-limit`} length={draft.length} max={max} />
    </div>
  );
}

function TextLine({ id, label, value, onSave, takeFocus }: { id: string; label: string; value: string; onSave: (t: string) => void; takeFocus?: () => boolean }) {
  const [draft, setDraft, flush] = useDraft(value, onSave);
  const input = useRef<HTMLInputElement>(null);
  // Before the browser handles the next key: a layout effect runs as the render is committed.
  useLayoutEffect(() => void (takeFocus?.() && input.current?.focus()), []);
  return (
    <div class="field grow">
      <label for={id}>{label}</label>
      <input ref={input} id={id} type="text" maxLength={MAX_LINE_CHARS} value={draft} onInput={(e) => setDraft(e.currentTarget.value)} onBlur={flush} />
    </div>
  );
}
