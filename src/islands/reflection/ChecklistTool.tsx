import { useStore } from '@nanostores/preact';
import type { ComponentProps } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { MAX_NOTE_CHARS, type ReflectionData } from '../../lib/docs/reflection-doc';
import type { ScheduledChecklist } from '../../lib/checklists/checklist';
import type { PairSettings } from '../../lib/relationship/pair-dates';
import { localDate } from '../../lib/dates';
import { entryProgress, journal, newEntry, todaysEntry } from '../../lib/checklists/entries';
import { $storageHealth, charters as charterDocs, reflections } from '../../stores/persistence';
import { useDraft } from '../shared/useDraft';
import ToolShell from '../shared/ToolShell';
import { go, route as $route } from '../shared/route';
import { lazy } from '../shared/lazy';
import type { ConcernsContact } from '../../lib/program-schema';
import UndoStatus, { useStatus } from '../shared/UndoStatus';
import { TextLimit } from '../shared/TextLimit';
import type { Strings } from '../../lib/i18n/messages';
import { useT } from '../shared/i18n';
import type { EntryPrint as PrintedEntry } from './ChecklistSheet';
import type { NotFound as NoSuchEntry } from '../shared/SharedLink';
import type { EntryEarlierItems as EarlierAnswers } from './JournalList';

interface Props {
  /** The page's interface strings: its language, and the parts this tool uses. */
  strings: Strings;
  checklist: ScheduledChecklist;
  /** Whether the checklist is for mentors or mentees (so kept for a relationship), rather than for coordinators only. */
  forPairs: boolean;
  programName: string;
  base: string;
  /** The programme's concerns contact, shown with a checklist that asks for it. */
  concerns?: ConcernsContact | undefined;
  /** The guide on power and safety. */
  concernsGuide?: { href: string; title: string } | undefined;
  /** Where a charter keeps the pair's rhythm, so session checklists fall due as often as the pair meets. */
  rhythmKeys: PairSettings;
  /** The last wording of items removed from this checklist (content/.ids.json), for answers saved under them. */
  retired?: Record<string, string> | undefined;
}

// The printed entry is not part of the first view: its code loads once the page is running. A part that
// is not its module's default export is picked with then(): it bundles smaller than an await.
const EntryPrint = lazy<ComponentProps<typeof PrintedEntry>>(() => import('./ChecklistSheet').then((m) => ({ default: m.EntryPrint })));
/** The concerns contact, at the foot of the checklists that ask for it, loads with them. */
const ConcernsNote = lazy(() => import('../shared/ConcernsNote'));
// An address naming an entry this browser does not have (today's entry shows below it).
const NotFound = lazy<ComponentProps<typeof NoSuchEntry>>(() => import('../shared/SharedLink').then((m) => ({ default: m.NotFound })));
// Whether a recurring checklist is due, by the rhythm of the relationship it is kept for, once the page runs.
const DueNotice = lazy(() => import('./DueNotice'));
// Shown only to someone who has charters, once the page runs.
const CharterPicker = lazy(() => import('../shared/CharterPicker'));
// The journal's entries, once there are some.
const JournalList = lazy(() => import('./JournalList'));
// Answers under items the checklist no longer has, only in entries that have some: with the journal's code, as there is an entry.
const EarlierItems = lazy<ComponentProps<typeof EarlierAnswers>>(() => import('./JournalList').then((m) => ({ default: m.EntryEarlierItems })));

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
    <ToolShell base={props.base} strings={props.strings}>
      <ChecklistEntry {...props} />
    </ToolShell>
  );
}

function ChecklistEntry({ checklist, forPairs, programName, base, concerns, concernsGuide, rhythmKeys, retired }: Props) {
  const t = useT();
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  // The progress line speaks once the page shows the stored entry, from the next change on.
  const [live, setLive] = useState(false);
  useEffect(() => void (mounted && setTimeout(setLive, 0, true)), [mounted]);
  const route = useStore($route);
  const all = useStore(reflections.$list);
  const charters = useStore(charterDocs.$list);
  const entries = useMemo(() => journal(all, checklist.id), [all, checklist.id]);
  const [status, setStatus] = useStatus();
  const health = useStore($storageHealth);
  /** The entry this page has been writing today's ticks and notes to. */
  const writing = useRef<string | null>(null);

  const day = mounted ? today() : '';
  const opened = route.view === 'doc' ? entries.find((e) => e.id === route.id) : undefined;
  const todays = mounted ? todaysEntry(entries, checklist.id, day, writing.current) : undefined;
  const entry = opened ?? todays;
  const isToday = !opened || opened.data.date === day;
  const previous = entries.find((e) => e.data.date < (entry?.data.date ?? day));
  const data: ReflectionData = entry?.data ?? newEntry(checklist, day);
  const progress = entryProgress(checklist, data);
  /**
   * The fields keep their identity while the same entry is shown, including when today's is first
   * saved. They are made afresh once, when the page starts running, so that they open with the
   * stored words rather than the server's empty frame and fill in a moment later.
   */
  const slot = !mounted ? 'frame' : opened ? opened.id : 'today';

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
    const current = todaysEntry(reflections.$list.get(), checklist.id, now, writing.current);
    const updated = current && reflections.update(current.id, fn);
    if (updated?.ok) writing.current = updated.doc.id;
    if (!updated || (!updated.ok && updated.reason === 'missing')) {
      // Opened from a relationship's page (?charter=…): the new entry belongs to that relationship.
      const linkTo = new URLSearchParams(location.search).get('charter');
      const start = newEntry(checklist, now);
      const made = reflections.create(fn(linkTo && charterDocs.get(linkTo) ? { ...start, charterId: linkTo } : start));
      if (made.ok) writing.current = made.doc.id;
    }
  }



  return (
    <div class="checklist-tool">
      <div class="no-print">
        {mounted && route.view === 'doc' && !opened && <NotFound what={t('reflection.entry.what')} type="reflection" id={route.id} homeLabel={t('reflection.entry.goToToday')} />}
        {mounted && (checklist.repeat || checklist.when === 'end') && (
          <DueNotice checklist={checklist} entries={entries} today={day} charters={charters} charterId={entry?.data.charterId} rhythmKeys={rhythmKeys} />
        )}
        {/* The page is indexed for search: its chrome and form labels are kept out of the index. */}
        <div class="entry-head" data-pagefind-ignore>
          <h2 id="entry-title" tabIndex={-1}>
            {!mounted
              ? t('reflection.entry.yours')
              : entry
                ? t(isToday ? 'reflection.entry.forToday' : 'reflection.entry.for', { date: t.date(data.date) })
                : t('reflection.entry.newToday', { date: t.date(day) })}
          </h2>
          <p class="hint" role="status">
            {mounted && health.state !== 'ok'
              ? t('reflection.entry.notSaving')
              : entry
                ? t('reflection.entry.saving')
                : t('reflection.entry.start')}
          </p>
          {mounted && opened && !isToday && (
            <p>
              <a href={location.pathname} onClick={(e) => go(e, null)}>
                {t(todays ? 'reflection.entry.backToToday' : 'reflection.entry.startToday')}
              </a>
            </p>
          )}
        </div>
        <div class="entry-progress" data-pagefind-ignore>
          {/* Said after each tick and note, politely (not as the page opens with the stored entry). */}
          <label for="entry-progress" aria-live={live ? 'polite' : undefined}>
            {t('reflection.entry.progress', { ...progress })}
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
        {mounted && entry && <EarlierItems checklist={checklist} data={data} retired={retired} />}
        {concerns && checklist.concernsContact && <ConcernsNote concerns={concerns} id="checklist-concerns" checklist guide={concernsGuide} />}
        {mounted && forPairs && (
          <CharterPicker
            id="entry-charter"
            kept
            value={data.charterId ?? ''}
            // Opened from a relationship's page (?charter=…), a new entry shows the link it will be saved with.
            fromAddress={!entry}
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
            {t('reflection.entry.lastTime', { date: t.date(previous.data.date), percent: entryProgress(checklist, previous.data).percent })}
          </p>
        )}
        <p class="button-row" data-pagefind-ignore>
          <button type="button" class="secondary" onClick={() => window.print()} disabled={!mounted}>
            {t('reflection.entry.print')}
          </button>
          <a class="button secondary" href={`${base}worksheets/${checklist.id}/`}>
            {t('reflection.entry.blankWorksheet')}
          </a>
        </p>

        {/* The journal's frame renders on the server too; its entries appear once the page runs. */}
        {
          <section class="panel journal" aria-labelledby="journal-title" data-pagefind-ignore>
            <h2 id="journal-title" tabIndex={-1}>
              {t('reflection.journal.title')}
            </h2>
            <UndoStatus status={status} onDone={setStatus} />
            {!mounted || entries.length === 0 ? (
              <p>{t('reflection.journal.empty')}</p>
            ) : (
              <JournalList percent={(d) => entryProgress(checklist, d).percent} entries={entries} current={entry?.id} day={day} charters={charters} setStatus={setStatus} writing={writing} opened={opened?.id} />
            )}
          </section>
        }
      </div>
      {mounted && (
        <div class="print-only entry-print">
          <EntryPrint checklist={checklist} programName={programName} data={data} charters={charters} concerns={concerns} retired={retired} />
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
