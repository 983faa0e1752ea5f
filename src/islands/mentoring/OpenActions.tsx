import { markActionDone, type OpenAction } from '../../lib/relationship/sessions';
import { sessions } from '../../stores/persistence';
import UndoStatus, { focusSoon, useStatus } from '../shared/UndoStatus';
import { undoRun } from '../shared/undo-delete';
import { useT } from '../shared/i18n';

/**
 * Actions still open from earlier sessions: ticking one marks it done in the session that agreed
 * it. The line leaves the list, so what happened is said (with an Undo) and focus moves to the
 * next action's box, or to that line when the list is empty.
 */
export default function OpenActions({ open, printLimit }: { open: OpenAction[]; /** Print only this many. */ printLimit?: number }) {
  const t = useT();
  const [status, setStatus] = useStatus();
  let list: HTMLUListElement | null = null;
  function done(o: OpenAction, i: number) {
    sessions.update(o.sessionId, (d) => markActionDone(d, o.action.id));
    const last = open.length === 1;
    // Ticked in a row, they are opened again by one Undo.
    const undo = undoRun(status, () => void sessions.update(o.sessionId, (d) => markActionDone(d, o.action.id, false)));
    setStatus(undo.run.length > 1 ? t('mentoring.actions.markedDoneRun', { text: o.action.text, count: undo.run.length }) : t('mentoring.actions.markedDone', { text: o.action.text }), undo, last);
    const boxes = list;
    if (!last) focusSoon(() => boxes?.querySelectorAll<HTMLElement>('input[type=checkbox]')[Math.min(i, open.length - 2)]);
  }
  return (
    <>
      {open.length > 0 && (
        <ul class="actions-open" ref={(el) => void (list = el)}>
          {open.map((o, i) => (
            <li key={o.action.id} class={printLimit !== undefined && i >= printLimit ? 'print-skip' : undefined}>
              <label class="tick">
                <input type="checkbox" checked={false} onChange={() => done(o, i)} />
                <span>
                  {t('mentoring.labelled', { label: o.action.who === 'mentee' ? t('mentoring.who.mentee') : t('mentoring.who.mentor'), text: o.action.text })}{' '}
                  <span class="hint">{t('mentoring.actions.from', { date: t.date(o.date) })}</span>
                </span>
              </label>
            </li>
          ))}
          {printLimit !== undefined && open.length > printLimit && <li class="print-only">{t('mentoring.actions.morePrinted', { count: open.length - printLimit })}</li>}
        </ul>
      )}
      <UndoStatus status={status} onDone={setStatus} />
    </>
  );
}
