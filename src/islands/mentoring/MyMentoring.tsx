import { useStore } from '@nanostores/preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { localDate } from '../../lib/dates';
import { panels, type Panel } from '../../lib/relationship/panels';
import { dueWords, factsWords, goalProgressWords, nextSessionWords } from '../../lib/relationship/panel-words';
import { rhythmOf } from '../../lib/relationship/schedule';
import { sessionOn } from '../../lib/relationship/sessions';
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
import { Rich, useT } from '../shared/i18n';

/** Said while the self-assessments' scoring code loads. */
function Scoring() {
  const t = useT();
  return <p class="hint">{t('mentoring.panel.scoring')}</p>;
}

// The self-assessments' scores and trends: their scoring code loads with the first panel that has one.
const AssessmentsBlock = lazy(() => import('./AssessmentsBlock'), <Scoring />);
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
        ? panels({ def: config.def, charters: c, assessments: a, reflections: r, sessions: s, checklists: config.checklists, programRhythm: rhythmOf(config.cadence, config.cadenceWeeks), now: new Date(), t })
        : [],
    [mounted, c, a, r, s, t],
  );
  // A deleted session record can be brought back from the page it returns to.
  const [status, setStatus, removeSession] = useUndoDelete(sessions, () => document.querySelector<HTMLElement>('h1'));
  const opened = useOpenSession(mounted && route.view === 'doc' ? route.id : null);
  function deleteSession(x: SessionDoc) {
    opened.forget();
    go(null, null);
    removeSession(x.id, t('mentoring.status.deleted', { date: t.date(x.data.date) }));
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
            setStatus(t('mentoring.status.kept'));
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
  const t = useT();
  return (
    <section class="panel first-steps" aria-labelledby="first-steps-title">
      <h2 id="first-steps-title">{t('mentoring.firstSteps.title')}</h2>
      <ol class="steps">
        <li>
          <Rich k="mentoring.firstSteps.readStep" slots={{ link: <a href={`${base}guides/starting-well/`}>{t('mentoring.firstSteps.read')}</a> }} />
        </li>
        <li>
          <Rich k="mentoring.firstSteps.charterStep" slots={{ link: <a href={`${base}tools/charter/`}>{t('mentoring.firstSteps.charter')}</a> }} />
        </li>
        <li>
          <Rich k="mentoring.firstSteps.assessStep" slots={{ link: <a href={`${base}tools/reciprocity/`}>{t('mentoring.firstSteps.assess')}</a> }} />
        </li>
      </ol>
      <p class="hint">{t('mentoring.firstSteps.hint')}</p>
    </section>
  );
}

// "Where we are" prints on one page: the latest sessions, the first open actions and milestones.
const PRINT_SESSIONS = 3;
const PRINT_ACTIONS = 5;
const PRINT_MILESTONES = 2;
const PRINT_GOALS = 4;

const SIDES = ['mentee', 'mentor', 'both'] as const;

/**
 * Whose checklists the panel lists: this person's (as they said when sharing the charter, or chose
 * here) and the pair's, or everything while it is not known or when the two keep one browser.
 */
function WhoseLists({ panel: p }: { panel: Panel }) {
  const t = useT();
  // Open while the choice is being made: the arrow keys choose as they pass, and the list must not
  // fold away (taking focus with it) at the first one.
  const [choosing, setChoosing] = useState(false);
  const charter = p.charter;
  if (!charter) return null;
  const { mentee, mentor } = p.names;
  const label = {
    mentee: mentee ? t('mentoring.whose.mentee', { name: mentee }) : t('mentoring.whose.menteeUnnamed'),
    mentor: mentor ? t('mentoring.whose.mentor', { name: mentor }) : t('mentoring.whose.mentorUnnamed'),
    both: t('mentoring.whose.both'),
  };
  const mine = p.me === 'mentee' || p.me === 'mentor' ? p.names[p.me] : '';
  const showing = !p.me
    ? t('mentoring.whose.legend')
    : p.me === 'both'
      ? t('mentoring.whose.showingBoth')
      : mine
        ? t('mentoring.whose.showing', { name: mine })
        : p.me === 'mentee'
          ? t('mentoring.whose.showingMentee')
          : t('mentoring.whose.showingMentor');
  const shown = !p.me
    ? ''
    : p.me === 'both'
      ? t('mentoring.whose.shownBoth')
      : mine
        ? t('mentoring.whose.shown', { name: mine })
        : p.me === 'mentee'
          ? t('mentoring.whose.shownMentee')
          : t('mentoring.whose.shownMentor');
  // One structure whether or not it is known yet, so the radio button in use stays the same element.
  // Once known, it stays out of the way: one line under the list, open to change it.
  return (
    <details class="whose-lists no-print" open={!p.me || choosing}>
      <summary>{showing}</summary>
      <fieldset class="choice-group">
        <legend>{t('mentoring.whose.legend')}</legend>
        {!p.me && <p class="hint">{t('mentoring.whose.hint')}</p>}
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
          {choosing ? shown : ''}
        </p>
      </fieldset>
    </details>
  );
}

function RelationshipPanel({ config, panel: p }: { config: MentoringConfig; panel: Panel }) {
  const t = useT();
  const base = config.base;
  const titleId = `rel-${p.id ?? 'loose'}`;
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
    setMissing(r.ok ? '' : t('mentoring.panel.calendarMissing', { missing: calendarMissingText(r.missing, t) }));
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
  const next = nextSessionWords(t, p);
  return (
    <section class="panel relationship" aria-labelledby={titleId} data-panel={p.id ?? 'loose'}>
      <p class="print-only doc-programme">{t('mentoring.panel.printed', { programme: config.programName, date: t.date(today) })}</p>
      <h2 id={titleId}>{p.title}</h2>
      {p.charter ? (
        <p class="rel-facts">
          {factsWords(t, p).join(' ')}{' '}
          <a class="no-print" href={`${base}tools/charter/?id=${p.charter.id}`}>
            {t('mentoring.panel.openCharter')}
            <span class="visually-hidden">{t('mentoring.panel.openCharterMore', { title: p.title })}</span>
          </a>
        </p>
      ) : (
        <p class="rel-facts">{t('mentoring.panel.looseFacts')}</p>
      )}

      {p.charter && (
        <div class="rel-block">
          <h3>{t('mentoring.next.title')}</h3>
          {next.when !== undefined ? (
            <p>
              <Rich k={next.k} params={next.params} slots={{ when: <strong>{next.when}</strong> }} />{' '}
              <button type="button" class="link-button no-print" onClick={() => void calendar()}>
                {t('mentoring.panel.calendar')}
                <span class="visually-hidden">{t('mentoring.panel.calendarMore', { title: p.title })}</span>
              </button>
              {missing && (
                <span class="notice-warn no-print" role="alert">
                  {' '}
                  {missing}
                </span>
              )}
            </p>
          ) : (
            <p>{t(next.k, next.params)}</p>
          )}
          <p class="button-row no-print">
            <button type="button" onClick={startSession}>
              {logged ? t('mentoring.panel.openSession', { date: t.date(logDate) }) : t('mentoring.panel.logSession')}
              <span class="visually-hidden">{t('mentoring.panel.sessionMore', { title: p.title })}</span>
            </button>
            <button type="button" class="secondary" onClick={printThis}>
              {t('mentoring.panel.print')}
              <span class="visually-hidden">{t('mentoring.panel.printMore', { title: p.title })}</span>
            </button>
          </p>
        </div>
      )}

      {p.charter && (
        <div class="rel-block">
          <h3>{t('mentoring.due.title')}</h3>
          {dueNow.length === 0 ? <p>{later.some((d) => d.status.state === 'upcoming') ? t('mentoring.due.nothingNowNext') : t('mentoring.due.nothingNow')}</p> : null}
          <ul class="due-list">
            {[...dueNow, ...later].map((d) => (
              <li key={d.checklist.id} class={`due-${d.status.state}${d.status.state === 'done' ? ' print-skip' : ''}`}>
                <Rich
                  k="mentoring.due.item"
                  params={{ state: dueWords(t, d.status) }}
                  slots={{
                    checklist: (
                      // Named with its relationship: with two, the same checklist is listed on each panel.
                      <a href={`${base}tools/reflection/${d.checklist.id}/?charter=${p.id}`} aria-label={t('mentoring.due.itemLabel', { checklist: d.checklist.title, title: p.title })}>
                        {d.checklist.title}
                      </a>
                    ),
                  }}
                />
              </li>
            ))}
          </ul>
          <WhoseLists panel={p} />
        </div>
      )}

      {p.goals.length > 0 && (
        <div class="rel-block">
          <h3>{t('mentoring.goals.title')}</h3>
          <ul class="goal-progress">
            {p.goals.map(({ owner, goal, history }, i) => (
              <li key={goal.id} class={i >= PRINT_GOALS ? 'print-skip' : undefined}>
                <span class="print-clamp">
                  <span class="hint">{t('mentoring.label', { label: owner === 'mentee' ? t('mentoring.who.mentee') : t('mentoring.who.mentor') })}</span> {goal.text}
                </span>{' '}
                <strong>{goalProgressWords(t, history)}</strong>
                {goal.milestones.filter((m) => m.text.trim()).length > 0 && (
                  <ul>
                    {goal.milestones
                      .filter((m) => m.text.trim())
                      .map((m, i) => (
                        <li key={m.id} class={i >= PRINT_MILESTONES ? 'print-skip' : 'print-clamp one-line'}>
                          {m.date ? t('mentoring.labelled', { label: t.date(m.date), text: m.text }) : m.text}
                        </li>
                      ))}
                  </ul>
                )}
              </li>
            ))}
            {p.goals.length > PRINT_GOALS && <li class="print-only">{t('mentoring.goals.morePrinted', { count: p.goals.length - PRINT_GOALS })}</li>}
          </ul>
        </div>
      )}

      {/* Kept once the last open action is ticked, so its Undo stays on the page. */}
      {(p.openActions.length > 0 || p.sessions.some((x) => x.data.actions.length > 0)) && (
        <div class="rel-block">
          <h3>{t('mentoring.actions.title')}</h3>
          {p.openActions.length === 0 && <p class="hint">{t('mentoring.actions.noneOpen')}</p>}
          <OpenActions open={p.openActions} printLimit={PRINT_ACTIONS} />
        </div>
      )}

      {p.sessions.length > 0 && (
        <div class="rel-block">
          <h3>{t('mentoring.log.title')}</h3>
          <ul class="session-list">
            {p.sessions.map((x, i) => {
              const discussed = x.data.discussed.trim();
              // Named with its relationship: two pairs can meet on the same day.
              const link = (
                <a href={docHref(x.id)} data-session={x.id} aria-label={t('mentoring.log.itemLabel', { date: t.date(x.data.date), title: p.title })} onClick={(e) => go(e, x.id)}>
                  {t.date(x.data.date)}
                </a>
              );
              return (
                <li key={x.id} class={i >= PRINT_SESSIONS ? 'print-skip' : undefined}>
                  {discussed ? <Rich k="mentoring.log.item" params={{ text: `${discussed.slice(0, 120)}${discussed.length > 120 ? '…' : ''}` }} slots={{ date: link }} /> : link}
                </li>
              );
            })}
            {p.sessions.length > PRINT_SESSIONS && <li class="print-only">{t('mentoring.log.morePrinted', { count: p.sessions.length - PRINT_SESSIONS })}</li>}
          </ul>
        </div>
      )}

      {p.assessments.some((x) => x.data.status === 'complete') && (
        <div class="rel-block">
          <h3>{t('mentoring.assessments.title')}</h3>
          <AssessmentsBlock instrument={config.instrument} assessments={p.assessments} base={base} />
        </div>
      )}
    </section>
  );
}
