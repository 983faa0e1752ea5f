import { entryProgress } from '../../lib/checklists/due';
import type { Checklist } from '../../lib/checklists/schema';
import type { ReflectionDoc } from '../../lib/docs/reflection-doc';
import { charterDocType, type CharterDoc } from '../../lib/docs/charter-doc';
import { formatDate } from '../../lib/format';
import { docHref, go } from '../shared/route';

interface Props {
  checklist: Checklist;
  /** This checklist's entries, newest first. */
  entries: ReflectionDoc[];
  /** The entry on screen. */
  current: string | undefined;
  /** Today, in the reader's calendar. */
  day: string;
  /** The charters in this browser, to name the relationship an entry is kept for. */
  charters: readonly CharterDoc[];
  onDelete: (id: string, date: string) => void;
}

/** The journal: each entry by date, how far it got, and a delete button. */
export default function JournalList({ checklist, entries, current, day, charters, onDelete }: Props) {
  const linkedTitle = (id: string | undefined) => {
    const c = id ? charters.find((x) => x.id === id) : undefined;
    return c ? `, ${charterDocType.describe(c)}` : '';
  };
  return (
    <ul class="journal-list">
      {entries.map((e) => {
        const p = entryProgress(checklist, e.data);
        const when = formatDate(e.data.date);
        return (
          <li key={e.id} aria-current={current === e.id ? 'true' : undefined}>
            <a href={docHref(e.id)} onClick={(ev) => go(ev, e.id)}>
              {when}
              {e.data.date === day ? ' (today)' : ''}
            </a>{' '}
            <span class="hint">
              {p.percent}% done
              {linkedTitle(e.data.charterId)}
              {current === e.id && e.data.date === day ? ', shown above' : ''}
            </span>{' '}
            <button type="button" class="danger small" onClick={() => onDelete(e.id, e.data.date)}>
              Delete<span class="visually-hidden"> the entry of {when}</span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}

// Loaded with the journal (an open entry means there is one): answers under items the checklist no longer has.
export { EntryEarlierItems } from './EarlierItems';
