import { useStore } from '@nanostores/preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { localDate } from '../../lib/dates';
import { formatDate, formatDateTime } from '../../lib/format';
import { panels, type Panel } from '../../lib/relationship/panels';
import { describeRhythm, rhythmOf } from '../../lib/relationship/schedule';
import { sessionOn } from '../../lib/relationship/sessions';
import type { RelationshipDue } from '../../lib/checklists/relationship-due';
import { assessments, charters, reflections, sessions } from '../../stores/persistence';
import { calendarMissingText } from '../../lib/charter/calendar';
import { downloadText } from '../shared/download';
import { startSession as startNew, useOpenSession } from './open-session';
import { docHref, go, route as $route } from '../shared/route';
import ToolShell from '../shared/ToolShell';
import UndoStatus, { focusSoon } from '../shared/UndoStatus';
import { useUndoDelete } from '../shared/undo-delete';
import type { SessionDoc } from '../../lib/docs/session-doc';
import OpenActions from './OpenActions';
import type { MentoringConfig } from './types';
import { lazy } from '../shared/lazy';
import { useT } from '../shared/i18n';

// The self-assessments' scores and trends: their scoring code loads with the first panel that has one.
const AssessmentsBlock = lazy(() => import('./AssessmentsBlock'), <p class="hint">Scoring…</p>);
// A session record (its editor, or the note that there is none) loads when one is opened.
const SessionView = lazy(() => import('./SessionView'));

/**
 * My mentoring: one panel per relationship. The frame (heading, the three first steps) renders on
 * the server; the panels replace it once the page runs, when anything is stored.
 */
export default function MyMentoring(config: MentoringConfig) {
  return (
    <ToolShell base={config.base} strings={config.strings}>
      <Mentoring {...config} />
    </ToolShell>
  );
}

function Mentoring(config: MentoringConfig) {
  const t = useT();
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  const route = useStore($route);
  const c = useStore(charters.$list);
  const a = useStore(assessments.$list);
  const r = useStore(reflections.$list);
  const s = useStore(sessions.$list);
  const list = useMemo(
    () =>
      mounted
        ? panels({ t, def: config.def, charters: c, assessments: a, reflections: r, sessions: s, checklists: config.checklists, programRhythm: rhythmOf(config.cadence, config.cadenceWeeks), now: new Date() })
        : [],
    [mounted, c, a, r, s, t],
  );
  // A deleted session record can be brought back from the page it returns to.
  const [status, setStatus, removeSession] = useUndoDelete(sessions, () => document.querySelector<HTMLElement>('h1'));
  const opened = useOpenSession(mounted && route.view === 'doc' ? route.id : null);
  function deleteSession(x: SessionDoc) {
    opened.forget();
    go(null, null);
    removeSession(x.id, `Deleted the session record of ${formatDate(x.data.date)}.`);
  }
  const leave = () => (opened.forget(), go(null, null));
  // Back from a session record (Done, the link above it, or the browser's Back): focus returns to
  // that session in the log, or to the page's heading when it is no longer there.
  const left = useRef<string | null>(null);
  useEffect(() => {
    if (route.view === 'doc') {
      left.current = route.id;
      // What was said on the panels is not about this record.
      if (status) setStatus('');
    } else if (left.current) {
      const id = left.current;
      left.current = null;
      focusSoon(() => document.querySelector<HTMLElement>(`[data-session="${CSS.escape(id)}"]`) ?? document.querySelector<HTMLElement>('h1'));
    }
  }, [route.view, route.view === 'doc' ? route.id : null]);
  /** What the page shows: a session record, a missing one, the first steps or the panels. */
  function view() {
    if (mounted && route.view === 'doc')
      return (
        <SessionView
          config={config}
          id={route.id}
          opened={opened}
          onDelete={deleteSession}
          onLeave={leave}
          onKept={() => {
            // The notice goes: focus moves to the record, and the line above says what happened.
            setStatus('Kept: this session record is saved in this browser again.');
            focusSoon(() => document.querySelector<HTMLElement>('.session-editor h2'));
          }}
        />
      );
    if (list.length === 0) return <FirstSteps base={config.base} />;
    return (
      <div class="mentoring-panels">
        {list.map((p) => (
          <RelationshipPanel key={p.id ?? 'loose'} config={config} panel={p} />
        ))}
      </div>
    );
  }
  // One status line in every view, first, so that it stays on the page (and is read out) when a
  // record is deleted and the page goes back to the panels.
  return (
    <>
      <UndoStatus status={status} onDone={setStatus} />
      {view()}
    </>
  );
}

/** With nothing stored: three steps to begin. */
function FirstSteps({ base }: { base: string }) {
  return (
    <section class="panel first-steps" aria-labelledby="first-steps-title">
      <h2 id="first-steps-title">Three steps to begin</h2>
      <ol class="steps">
        <li>
          <a href={`${base}guides/starting-well/`}>Read “Starting well”</a>: what a good first month looks like, for both of you.
        </li>
        <li>
          <a href={`${base}tools/charter/`}>Write your charter together</a>: your purpose, goals and how often you meet.
        </li>
        <li>
          <a href={`${base}tools/reciprocity/`}>Take the self-assessment</a>: is this relationship two-way, for each of you?
        </li>
      </ol>
      <p class="hint">Once you have a charter, this page shows where you are: the next session, what is due, your goals and your session log.</p>
    </section>
  );
}

const dueText = (d: RelationshipDue): string =>
  d.state === 'none' ? 'Not yet' : d.state === 'done' ? `Done ${formatDate(d.last)}` : `${d.state === 'due' ? 'Due' : d.state === 'overdue' ? 'Overdue since' : 'Next due'} ${formatDate(d.dueOn)}`;

function reviewText(r: { date: string; inDays: number }): string {
  if (r.inDays < 0) return `The review was due on ${formatDate(r.date)}.`;
  if (r.inDays === 0) return `Review today, ${formatDate(r.date)}.`;
  return `Review on ${formatDate(r.date)}, in ${r.inDays} ${r.inDays === 1 ? 'day' : 'days'}.`;
}

/** How often the pair meets, and where that comes from. */
function rhythmText(p: Panel): string {
  if (p.weeksMissing) return `You meet every few weeks: add how many to the charter to see your sessions here.`;
  if (!p.rhythm) return '';
  if (p.rhythmFrom === 'programme') return `Your charter does not say how often you meet; the programme suggests ${describeRhythm(p.rhythm)}.`;
  return `You meet ${describeRhythm(p.rhythm, p.first)}.`;
}

// "Where we are" prints on one page: the latest sessions, the first open actions and milestones.
const PRINT_SESSIONS = 3;
const PRINT_ACTIONS = 5;
const PRINT_MILESTONES = 2;
const PRINT_GOALS = 4;

const PROGRESS_TEXT = { moved: 'moving', done: 'done', stuck: 'stuck' } as const;

const SIDES = ['mentee', 'mentor', 'both'] as const;

/**
 * Whose checklists the panel lists: this person's (as they said when sharing the charter, or chose
 * here) and the pair's, or everything while it is not known or when the two keep one browser.
 */
function WhoseLists({ panel: p }: { panel: Panel }) {
  // Open while the choice is being made: the arrow keys choose as they pass, and the list must not
  // fold away (taking focus with it) at the first one.
  const [choosing, setChoosing] = useState(false);
  const charter = p.charter;
  if (!charter) return null;
  const label = {
    mentee: `${p.names.mentee || 'The mentee'} (mentee)`,
    mentor: `${p.names.mentor || 'The mentor'} (mentor)`,
    both: 'Both of us, in this browser',
  };
  const showing = !p.me ? 'Whose lists to show' : p.me === 'both' ? 'Showing the lists for both of you' : `Showing ${p.names[p.me] || `the ${p.me}`}’s lists and the ones you share`;
  // One structure whether or not it is known yet, so the radio button in use stays the same element.
  // Once known, it stays out of the way: one line under the list, open to change it.
  return (
    <details class="whose-lists no-print" open={!p.me || choosing}>
      <summary>{showing}</summary>
      <fieldset class="choice-group">
        <legend>Whose lists to show</legend>
        {!p.me && <p class="hint">Say which of you keeps this copy to see only your own lists and the ones you share.</p>}
        <div class="choices">
          {SIDES.map((side) => (
            <label key={side} class="choice">
              <input
                type="radio"
                name={`whose-${charter.id}`}
                checked={p.me === side}
                onChange={() => {
                  setChoosing(true);
                  charters.update(charter.id, (d) => ({ ...d, me: side }));
                }}
              />{' '}
              {label[side]}
            </label>
          ))}
        </div>
        <p role="status" class="visually-hidden">
          {choosing ? (p.me === 'both' ? 'Lists shown: both of yours.' : p.me ? `Lists shown: ${p.names[p.me] || `the ${p.me}`}’s and the ones you share.` : '') : ''}
        </p>
      </fieldset>
    </details>
  );
}

function RelationshipPanel({ config, panel: p }: { config: MentoringConfig; panel: Panel }) {
  const t = useT();
  const base = config.base;
  const titleId = `rel-${p.id ?? 'loose'}`;
  const names = [p.names.mentee, p.names.mentor].filter(Boolean).join(' and ');
  const today = localDate(new Date());

  // A new record is dated the session it follows (the date field in the record can change it).
  const logDate = p.logDate;
  const [missing, setMissing] = useState('');
  const logged = sessionOn(p.sessions, logDate);

  function startSession() {
    if (logged) return go(null, logged.id);
    // Opened, not stored: it becomes a record with the first thing written in it.
    go(null, startNew(logDate, p.id));
  }

  async function calendar() {
    if (!p.charter) return;
    const { charterIcs } = await import('../../lib/charter/ics');
    const r = charterIcs(t, config.def, p.charter.data, { id: p.charter.id, now: new Date(), url: `${location.origin}${base}tools/charter/?id=${p.charter.id}` });
    if (r.ok) downloadText(r.fileName, r.text, 'text/calendar');
    setMissing(r.ok ? '' : `${calendarMissingText(r.missing, t)} Add them in the charter.`);
  }

  /** Print this panel alone, as a one-page "where we are" to bring to a session. */
  function printThis() {
    const all = document.querySelectorAll<HTMLElement>('.relationship');
    all.forEach((el) => el.classList.toggle('not-printed', el.dataset['panel'] !== (p.id ?? 'loose')));
    window.print();
    all.forEach((el) => el.classList.remove('not-printed'));
  }

  const dueNow = p.due.filter((d) => d.status.state === 'due' || d.status.state === 'overdue');
  const later = p.due.filter((d) => d.status.state === 'upcoming' || d.status.state === 'done');
  return (
    <section class="panel relationship" aria-labelledby={titleId} data-panel={p.id ?? 'loose'}>
      <p class="print-only doc-programme">{config.programName}: where we are, {formatDate(today)}</p>
      <h2 id={titleId}>{p.title}</h2>
      {p.charter ? (
        <p class="rel-facts">
          {names ? `${names}. ` : ''}
          {p.written.filled} of {p.written.total} charter sections written. {p.handover ? `${p.handover} ` : ''}
          {p.lastRevision ? `Last revision ${formatDateTime(p.lastRevision.savedAt)}. ` : ''}
          {p.review ? `${reviewText(p.review)} ` : ''}
          {p.end ? (p.end.inDays >= 0 ? `Agreed to end on ${formatDate(p.end.date)}. ` : `Agreed to end on ${formatDate(p.end.date)}, now past. `) : ''}
          {rhythmText(p)}{' '}
          <a class="no-print" href={`${base}tools/charter/?id=${p.charter.id}`}>
            Open the charter<span class="visually-hidden"> of {p.title}</span>
          </a>
        </p>
      ) : (
        <p class="rel-facts">Entries, assessments and sessions not linked to any charter.</p>
      )}

      {p.charter && (
        <div class="rel-block">
          <h3>Next session</h3>
          {p.ended ? (
            <p>The end date you agreed, {formatDate(p.end!.date)}, has passed, so no more sessions are scheduled. To go on meeting, change the end date in the charter.</p>
          ) : p.noMoreSessions && p.end ? (
            <p>No session is left before the end you agreed, {formatDate(p.end.date)}. To go on meeting, change the end date in the charter.</p>
          ) : p.next ? (
            <p>
              <strong>{p.next.at !== undefined ? formatDateTime(new Date(p.next.at)) : formatDate(p.next.date)}</strong>
              {p.previous ? ` (the last was ${formatDate(p.previous.date)})` : ''}.{' '}
              <button type="button" class="link-button no-print" onClick={() => void calendar()}>
                Add the sessions to a calendar<span class="visually-hidden">: {p.title}</span>
              </button>
              {missing && (
                <span class="notice-warn no-print" role="alert">
                  {' '}
                  {missing}
                </span>
              )}
            </p>
          ) : (
            <p>Add the first meeting date and how often you meet to the charter to see your next session here.</p>
          )}
          <p class="button-row no-print">
            <button type="button" onClick={startSession}>
              {logged ? `Open the session of ${formatDate(logDate)}` : 'Log a session'}
              <span class="visually-hidden"> for {p.title}</span>
            </button>
            <button type="button" class="secondary" onClick={printThis}>
              Print where we are<span class="visually-hidden"> for {p.title}</span>
            </button>
          </p>
        </div>
      )}

      {p.charter && (
        <div class="rel-block">
          <h3>What is due</h3>
          {dueNow.length === 0 ? <p>{later.some((d) => d.status.state === 'upcoming') ? 'Nothing is due now. Next:' : 'Nothing is due now.'}</p> : null}
          <ul class="due-list">
            {[...dueNow, ...later].map((d) => (
              <li key={d.checklist.id} class={`due-${d.status.state}${d.status.state === 'done' ? ' print-skip' : ''}`}>
                {/* Named with its relationship: with two, the same checklist is listed on each panel. */}
                <a href={`${base}tools/reflection/${d.checklist.id}/?charter=${p.id}`} aria-label={`${d.checklist.title} for ${p.title}`}>
                  {d.checklist.title}
                </a>
                : {dueText(d.status)}
              </li>
            ))}
          </ul>
          <WhoseLists panel={p} />
        </div>
      )}

      {p.goals.length > 0 && (
        <div class="rel-block">
          <h3>Goals</h3>
          <ul class="goal-progress">
            {p.goals.map(({ owner, goal, history }, i) => (
              <li key={goal.id} class={i >= PRINT_GOALS ? 'print-skip' : undefined}>
                <span class="print-clamp">
                  <span class="hint">{owner === 'mentee' ? 'Mentee' : 'Mentor'}:</span> {goal.text}
                </span>{' '}
                <strong>{history.latest ? `(${PROGRESS_TEXT[history.latest]}, ${history.notes.length} ${history.notes.length === 1 ? 'session' : 'sessions'})` : '(not noted in a session yet)'}</strong>
                {goal.milestones.filter((m) => m.text.trim()).length > 0 && (
                  <ul>
                    {goal.milestones
                      .filter((m) => m.text.trim())
                      .map((m, i) => (
                        <li key={m.id} class={i >= PRINT_MILESTONES ? 'print-skip' : 'print-clamp one-line'}>
                          {m.date ? `${formatDate(m.date)}: ` : ''}
                          {m.text}
                        </li>
                      ))}
                  </ul>
                )}
              </li>
            ))}
            {p.goals.length > PRINT_GOALS && <li class="print-only">and {p.goals.length - PRINT_GOALS} more goals, on My mentoring.</li>}
          </ul>
        </div>
      )}

      {/* Kept once the last open action is ticked, so its Undo stays on the page. */}
      {(p.openActions.length > 0 || p.sessions.some((x) => x.data.actions.length > 0)) && (
        <div class="rel-block">
          <h3>Open actions</h3>
          {p.openActions.length === 0 && <p class="hint">None open.</p>}
          <OpenActions open={p.openActions} printLimit={PRINT_ACTIONS} />
        </div>
      )}

      {p.sessions.length > 0 && (
        <div class="rel-block">
          <h3>Session log</h3>
          <ul class="session-list">
            {p.sessions.map((x, i) => (
              <li key={x.id} class={i >= PRINT_SESSIONS ? 'print-skip' : undefined}>
                {/* Named with its relationship: two pairs can meet on the same day. */}
                <a href={docHref(x.id)} data-session={x.id} aria-label={`Session of ${formatDate(x.data.date)}, ${p.title}`} onClick={(e) => go(e, x.id)}>
                  {formatDate(x.data.date)}
                </a>
                {x.data.discussed.trim() ? `: ${x.data.discussed.trim().slice(0, 120)}${x.data.discussed.trim().length > 120 ? '…' : ''}` : ''}
              </li>
            ))}
            {p.sessions.length > PRINT_SESSIONS && <li class="print-only">and {p.sessions.length - PRINT_SESSIONS} earlier, on My mentoring.</li>}
          </ul>
        </div>
      )}

      {p.assessments.some((x) => x.data.status === 'complete') && (
        <div class="rel-block">
          <h3>Self-assessments</h3>
          <AssessmentsBlock instrument={config.instrument} assessments={p.assessments} base={base} />
        </div>
      )}
    </section>
  );
}
