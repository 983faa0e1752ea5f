import { useStore } from '@nanostores/preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { charterDocType } from '../../lib/docs/charter-doc';
import { MAX_NOTE_CHARS, type ReflectionData } from '../../lib/docs/reflection-doc';
import type { ScheduledChecklist } from '../../lib/checklists/checklist';
import { dueStatus, entryProgress, localDate } from '../../lib/checklists/due';
import { journal, newEntry, todaysEntry } from '../../lib/checklists/entries';
import { formatDate } from '../../lib/format';
import { charters as charterDocs, reflections } from '../../stores/persistence';
import { useDraft } from '../shared/useDraft';
import ToolShell from '../shared/ToolShell';
import { docHref, go, route as $route } from '../shared/route';
import ChecklistSheet from './ChecklistSheet';
import UndoStatus, { useUndoDelete } from '../shared/UndoStatus';
import CharterPicker from '../shared/CharterPicker';
import { TextLimit } from '../shared/TextLimit';

interface Props {
  checklist: ScheduledChecklist;
  programName: string;
  base: string;
}

/** Today's date in the reader's own calendar. */
const today = () => localDate(new Date());

/**
 * One checklist on screen: today's entry (or an older one from the journal), ticks and notes saved
 * as you go, progress, a gentle note when a recurring checklist is overdue, and the journal.
 * The checklist itself renders on the server too (for search and for readers without JavaScript);
 * saved entries appear once the page is running.
 */
export default function ChecklistTool(props: Props) {
  return (
    <ToolShell base={props.base}>
      <ChecklistEntry {...props} />
    </ToolShell>
  );
}

function ChecklistEntry({ checklist, programName, base }: Props) {
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  const route = useStore($route);
  const all = useStore(reflections.$list);
  const charters = useStore(charterDocs.$list);
  const entries = useMemo(() => journal(all, checklist.id), [all, checklist.id]);
  const [status, setStatus, removeEntry] = useUndoDelete(reflections, () => document.getElementById('journal-title'));

  const day = mounted ? today() : '';
  const opened = route.view === 'doc' ? entries.find((e) => e.id === route.id) : undefined;
  const todays = mounted ? todaysEntry(entries, checklist.id, day) : undefined;
  const entry = opened ?? todays;
  const isToday = !opened || opened.data.date === day;
  const previous = entries.find((e) => e.data.date < (entry?.data.date ?? day));
  const lastDone = entries.find((e) => e.data.date !== day)?.data.date;
  const due = mounted ? dueStatus(checklist, lastDone, day) : null;
  const data: ReflectionData = entry?.data ?? newEntry(checklist, day);
  const progress = entryProgress(checklist, data);
  const charter = data.charterId ? charters.find((c) => c.id === data.charterId) : undefined;
  /** The fields keep their identity while the same entry is shown, including when today's is first saved. */
  const slot = opened ? opened.id : 'today';

  /**
   * Change the entry being shown. For today's, the entry is looked up in the store at the moment of
   * the change: the first tick or note creates it, and a change after it was deleted starts a new one.
   */
  function change(fn: (d: ReflectionData) => ReflectionData) {
    if (opened) {
      reflections.update(opened.id, fn);
      return;
    }
    const now = today();
    const current = todaysEntry(reflections.$list.get(), checklist.id, now);
    const updated = current && reflections.update(current.id, fn);
    if (!updated || (!updated.ok && updated.reason === 'missing')) reflections.create(fn(newEntry(checklist, now)));
  }

  const linkedTitle = (id: string | undefined) => {
    const c = id ? charters.find((x) => x.id === id) : undefined;
    return c ? `, ${charterDocType.describe(c)}` : '';
  };

  function remove(id: string, date: string) {
    removeEntry(id, `Deleted the entry of ${formatDate(date)}.`);
    if (opened?.id === id) go(null, null);
  }

  return (
    <div class="checklist-tool">
      <div class="no-print">
        {mounted && route.view === 'doc' && !opened && (
          <p class="notice notice-warn" role="alert">
            The journal entry in this address is not in this browser: it may have been deleted, or written in another browser.
            Here is today’s entry instead.
          </p>
        )}
        {mounted && due?.state === 'overdue' && (
          <p class="notice">
            It has been a while: this checklist was due on {formatDate(due.dueOn)}. No pressure; five minutes now is worth it.
          </p>
        )}
        {mounted && due?.state === 'due' && <p class="notice">This checklist is due now ({checklist.repeat?.label}).</p>}
        <div class="entry-head">
          <h2 id="entry-title" tabIndex={-1}>
            {!mounted ? 'Your entry' : entry ? `Entry for ${formatDate(data.date)}${isToday ? ' (today)' : ''}` : `New entry for today, ${formatDate(day)}`}
          </h2>
          {mounted && (
            <p class="hint" role="status">
              {entry ? 'Saved in this browser as you go.' : 'Tick an item or write a note to start today’s entry; it saves as you go.'}
            </p>
          )}
          {mounted && opened && !isToday && (
            <p>
              <a href={location.pathname} onClick={(e) => go(e, null)}>
                {todays ? 'Back to today’s entry' : 'Start today’s entry'}
              </a>
            </p>
          )}
        </div>
        <div class="entry-progress">
          <label for="entry-progress">
            {progress.ticked} of {progress.ticks} ticked, {progress.answered} of {progress.prompts} notes written
          </label>
          <progress id="entry-progress" max={100} value={progress.percent} />
        </div>
        {checklist.sections.map((s, si) => (
          <fieldset key={s.title} class="checklist-section">
            <legend>{s.title}</legend>
            {s.items.map((item) =>
              item.kind === 'tick' ? (
                <label key={item.id} class="tick">
                  <input
                    type="checkbox"
                    checked={!!data.ticks[item.id]}
                    disabled={!mounted}
                    onChange={(e) => {
                      const on = e.currentTarget.checked;
                      change((d) => ({ ...d, ticks: { ...d.ticks, [item.id]: on } }));
                    }}
                  />
                  <span>{item.text}</span>
                </label>
              ) : (
                <Note key={`${slot}-${item.id}`} id={`note-${si}-${item.id}`} label={item.text} value={data.notes[item.id] ?? ''} disabled={!mounted} onSave={(text) => change((d) => ({ ...d, notes: { ...d.notes, [item.id]: text } }))} />
              ),
            )}
          </fieldset>
        ))}
        {mounted && (
          <CharterPicker
            id="entry-charter"
            value={data.charterId ?? ''}
            onChange={(id) =>
              change((d) => {
                const { charterId: _drop, ...rest } = d;
                return id ? { ...rest, charterId: id } : rest;
              })
            }
          />
        )}
        {mounted && previous && (
          <p class="hint">
            Last time ({formatDate(previous.data.date)}): {entryProgress(checklist, previous.data).percent}% done.
          </p>
        )}
        <p class="button-row">
          <button type="button" class="secondary" onClick={() => window.print()} disabled={!mounted}>
            Print this entry
          </button>
          <a class="button secondary" href={`${base}worksheets/${checklist.id}/`}>
            Blank worksheet to print
          </a>
        </p>

        {mounted && (
          <section class="panel journal" aria-labelledby="journal-title">
            <h2 id="journal-title" tabIndex={-1}>
              Journal
            </h2>
            <UndoStatus status={status} onDone={setStatus} />
            {entries.length === 0 ? (
              <p>No entries yet. Your entries, by date, will appear here.</p>
            ) : (
              <ul class="journal-list">
                {entries.map((e) => {
                  const p = entryProgress(checklist, e.data);
                  const when = formatDate(e.data.date);
                  return (
                    <li key={e.id} aria-current={entry?.id === e.id ? 'true' : undefined}>
                      <a href={docHref(e.id)} onClick={(ev) => go(ev, e.id)}>
                        {when}
                        {e.data.date === day ? ' (today)' : ''}
                      </a>{' '}
                      <span class="hint">
                        {p.percent}% done
                        {linkedTitle(e.data.charterId)}
                      </span>{' '}
                      <button type="button" class="danger small" onClick={() => remove(e.id, e.data.date)}>
                        Delete<span class="visually-hidden"> the entry of {when}</span>
                      </button>
                    </li>
                  );
                })}
              </ul>
            )}
          </section>
        )}
      </div>
      {mounted && (
        <div class="print-only entry-print">
          <ChecklistSheet checklist={checklist} programName={programName} entry={{ date: formatDate(data.date || day), ticks: data.ticks, notes: data.notes, partner: charter ? charterDocType.describe(charter) : undefined }} level={2} />
        </div>
      )}
    </div>
  );
}

function Note({ id, label, value, disabled, onSave }: { id: string; label: string; value: string; disabled: boolean; onSave: (text: string) => void }) {
  const [draft, setDraft, flush] = useDraft(value, onSave);
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <textarea id={id} rows={3} value={draft} maxLength={MAX_NOTE_CHARS} disabled={disabled} aria-describedby={`${id}-limit`} onInput={(e) => setDraft(e.currentTarget.value)} onBlur={flush} />
      <TextLimit id={`${id}-limit`} length={draft.length} max={MAX_NOTE_CHARS} />
    </div>
  );
}
