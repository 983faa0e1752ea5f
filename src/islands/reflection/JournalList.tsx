import type { ReflectionData, ReflectionDoc } from '../../lib/docs/reflection-doc';
import type { CharterDoc } from '../../lib/docs/charter-doc';
import { charterTitle } from '../shared/charter-title';
import { docHref, go } from '../shared/route';
import { focusSoon } from '../shared/UndoStatus';
import { reflections } from '../../stores/persistence';
import { nextUpdatedAt } from '../../lib/storage/envelope';
import { useT } from '../shared/i18n';

interface Props {
  /** How far an entry got, 0–100 (the page's own count, so this code does not carry it twice). */
  percent: (data: ReflectionData) => number;
  /** This checklist's entries, newest first. */
  entries: ReflectionDoc[];
  /** The entry on screen. */
  current: string | undefined;
  /** Today, in the reader's calendar. */
  day: string;
  /** The charters in this browser, to name the relationship an entry is kept for. */
  charters: readonly CharterDoc[];
  /** The page's status line, for what was deleted and its Undo. */
  setStatus: (text: string, restore?: () => void) => void;
  /** The entry the page writes today's ticks and notes to. */
  writing: { current: string | null };
  /** The entry opened by its address, if any. */
  opened: string | undefined;
}

/** The journal: each entry by date, how far it got, and a delete button. */
export default function JournalList({ percent, entries, current, day, charters, setStatus, writing, opened }: Props) {
  const t = useT();
  function onDelete(id: string, date: string) {
    const gone = reflections.remove(id);
    // Undo brings the entry back as the one the page writes to, so the form and the journal agree,
    // even when a new entry was started meanwhile (that one stays in the journal). It goes back as
    // changed after every other entry, so that after a reload it is still today's entry (the one
    // changed last), whatever the clock says.
    setStatus(
      t('reflection.journal.deleted', { date: t.date(date) }),
      gone &&
        (() => {
          const newest = entries.reduce((t, e) => (e.updatedAt > t ? e.updatedAt : t), gone.updatedAt);
          reflections.put({ ...gone, updatedAt: nextUpdatedAt(new Date(), newest) });
          writing.current = gone.id;
        }),
    );
    focusSoon(() => document.getElementById('journal-title'));
    if (opened === id) go(null, null);
  }
  const linked = (id: string | undefined) => {
    const c = id ? charters.find((x) => x.id === id) : undefined;
    return c ? charterTitle(c) : undefined;
  };
  return (
    <ul class="journal-list">
      {entries.map((e) => {
        const date = t.date(e.data.date);
        const charter = linked(e.data.charterId);
        const shown = current === e.id;
        const done = { percent: percent(e.data), ...(charter === undefined ? {} : { charter }) };
        return (
          <li key={e.id} aria-current={shown ? 'true' : undefined}>
            <a href={docHref(e.id)} onClick={(ev) => go(ev, e.id)}>
              {e.data.date === day ? t('reflection.journal.today', { date }) : date}
            </a>{' '}
            <span class="hint">
              {shown && e.data.date === day
                ? t(charter === undefined ? 'reflection.journal.doneShown' : 'reflection.journal.doneForShown', done)
                : t(charter === undefined ? 'reflection.journal.done' : 'reflection.journal.doneFor', done)}
            </span>{' '}
            <button type="button" class="danger small" aria-label={t(shown ? 'reflection.journal.deleteShown' : 'reflection.journal.deleteEntry', { date })} onClick={() => onDelete(e.id, e.data.date)}>
              {t('reflection.journal.delete')}
            </button>
          </li>
        );
      })}
    </ul>
  );
}

// Loaded with the journal (an open entry means there is one): answers under items the checklist no longer has.
export { EntryEarlierItems } from './EarlierItems';
