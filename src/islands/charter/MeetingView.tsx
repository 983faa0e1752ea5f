import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { meetingSteps, type MeetingStep } from '../../lib/charter/meeting';
import { withFieldSaved } from '../../lib/charter/rebase';
import { validateCharter } from '../../lib/charter/validate';
import { completeness, displayTitle, roleText, suggestions } from '../../lib/charter/values';
import { handover } from '../../lib/charter/handover';
import { recordAgreed } from '../../lib/charter/handover-records';
import { localDate } from '../../lib/dates';
import type { CharterDoc, FieldValue } from '../../lib/docs/charter-doc';
import type { Translate } from '../../lib/i18n/messages';
import { roleKey } from '../../lib/charter/definition';
import { charters } from '../../stores/persistence';
import { keepInHistory, readHistoryState } from '../shared/history-state';
import { lazy } from '../shared/lazy';
import { agreementNow } from '../../lib/charter/handover-records';
import { go } from '../shared/route';
import { flushAllDrafts } from '../shared/useDraft';
import CharterDocument, { agreedLine } from './CharterDocument';
import { Rich, useT } from '../shared/i18n';
import { SectionFields, domId } from './CharterEditor';
import type { CharterConfig } from './types';

const SharePanel = lazy(() => import('./SharePanel'));
const ExportPanel = lazy(() => import('./ExportPanel'));

interface Props {
  config: CharterConfig;
  doc: CharterDoc;
  /** Set while the charter was deleted in another tab and is held on this page (see CharterEditor). */
  onChange?: ((fn: (d: CharterDoc['data']) => CharterDoc['data']) => void) | undefined;
}

/**
 * "Write it together now": the charter as a conversation for one meeting, one section at a time,
 * the essentials first; it ends with both agreeing, which records their names and the date. The
 * step is kept in this tab's history entry, so a reload or Back stays on it.
 */
export default function MeetingView({ config, doc, onChange }: Props) {
  const t = useT();
  const { def } = config;
  const values = doc.data.values;
  const steps = useMemo(() => meetingSteps(def), [def]);
  const stepKey = `charter-together:${doc.id}`;
  const [at, setAtNow] = useState(() => {
    const kept = readHistoryState(stepKey);
    return typeof kept === 'number' && kept >= 0 && kept < steps.length ? kept : 0;
  });
  const heading = useRef<HTMLHeadingElement>(null);
  const focusField = useRef<string | null>(null);
  const first = useRef(true);
  const setAt = (n: number) => {
    flushAllDrafts();
    setAtNow(n);
    keepInHistory(stepKey, n);
  };
  useEffect(() => {
    if (first.current) {
      first.current = false;
      // Opened from a button: the question takes focus, unless the person is already somewhere on the page.
      const active = document.activeElement;
      if (!active || active === document.body || active.matches('#main h1')) heading.current?.focus();
      return;
    }
    window.scrollTo(0, 0);
    // Sent back to a field from the agreement's list of problems: focus goes to that field.
    const field = focusField.current ? document.getElementById(focusField.current) : null;
    focusField.current = null;
    const control = field?.matches('input, textarea, select') ? field : field?.querySelector<HTMLElement>('input, textarea, select');
    (control ?? heading.current)?.focus();
  }, [at]);
  const [suggested] = useState(() => suggestions(def, { today: localDate(new Date()), cadence: config.cadence, cadenceWeeks: config.cadenceWeeks, reviewWeeks: config.reviewWeeks }));
  const step = steps[at]!;
  // Counted within the part being asked: the essentials, or the rest.
  const part = steps.filter((s) => s.kind === 'section' && step.kind === 'section' && s.essential === step.essential);
  const asked = step.kind === 'section' ? part.indexOf(step) + 1 : 0;
  const remaining = steps.slice(at + 1).filter((s) => s.kind === 'section').length;

  const write = (fn: (d: CharterDoc['data']) => CharterDoc['data']) => (onChange ? (onChange(fn), { ok: true }) : charters.update(doc.id, fn));
  const saveField = (key: string) => (value: FieldValue, base?: FieldValue) =>
    void write((d) => withFieldSaved(d, key, value, base));
  const errors = Object.fromEntries(validateCharter(t, def, values, 'edit').map((i) => [i.key, i.message]));
  const stepIndex = (kind: MeetingStep['kind']) => steps.findIndex((s) => s.kind === kind);

  return (
    <div class="meeting-view">
      <div class="no-print">
        <p class="meeting-top">
          <a href={`${location.pathname}?id=${doc.id}`} onClick={(e) => go(e, doc.id)}>
            {t('charterDoc.meeting.switch')}
          </a>
        </p>
        {step.kind === 'section' && (
          <div class="meeting-progress">
            <p id="meeting-progress">
              {step.essential ? t('charterDoc.meeting.essentials', { asked, total: part.length }) : t('charterDoc.meeting.rest', { asked, total: part.length })}
            </p>
            <progress max={part.length} value={asked} aria-labelledby="meeting-progress" />
          </div>
        )}
        {step.kind === 'section' && (
          <section class="meeting-step" aria-labelledby="meeting-step-title">
            <h2 id="meeting-step-title" tabIndex={-1} ref={heading}>
              {step.section.title}
            </h2>
            <p class="meeting-question">{step.section.prompt}</p>
            {step.section.askEachOther && (
              <p class="meeting-ask">
                <strong>{t('charterDoc.meeting.askEachOther')}</strong> {step.section.askEachOther}
              </p>
            )}
            {step.section.examples.length > 0 && (
              <details>
                <summary>{t('charterDoc.meeting.examples', { count: step.section.examples.length })}</summary>
                <ul>
                  {step.section.examples.map((ex, i) => (
                    <li key={i}>{ex}</li>
                  ))}
                </ul>
              </details>
            )}
            <SectionFields section={step.section} values={values} suggested={suggested} errors={errors} saveField={saveField} />
            <p class="button-row meeting-nav">
              <button type="button" onClick={() => setAt(at + 1)}>
                {nextLabel(t, steps[at + 1])}
              </button>
              {at > 0 && (
                <button type="button" class="secondary" onClick={() => setAt(at - 1)}>
                  {t('charterDoc.meeting.back')}
                </button>
              )}
            </p>
          </section>
        )}
        {step.kind === 'checkpoint' && (
          <section class="meeting-step" aria-labelledby="meeting-step-title">
            <h2 id="meeting-step-title" tabIndex={-1} ref={heading}>
              {t('charterDoc.meeting.checkpoint.title')}
            </h2>
            <p>{t('charterDoc.meeting.checkpoint.text', { count: remaining })}</p>
            <p class="button-row meeting-nav">
              <button type="button" onClick={() => setAt(stepIndex('agree'))}>
                {t('charterDoc.meeting.checkpoint.agreeNow')}
              </button>
              <button type="button" class="secondary" onClick={() => setAt(at + 1)}>
                {t('charterDoc.meeting.checkpoint.goOn')}
              </button>
              <button type="button" class="secondary" onClick={() => setAt(at - 1)}>
                {t('charterDoc.meeting.back')}
              </button>
            </p>
          </section>
        )}
        {step.kind === 'agree' && <AgreeStep config={config} doc={doc} detached={!!onChange} headingRef={heading} onBack={() => setAt(at - 1)} onGoTo={(key) => {
              focusField.current = domId(key);
              const i = steps.findIndex((s) => s.kind === 'section' && key.startsWith(`${s.section.id}.`));
              setAt(Math.max(i, 0));
            }} />}
      </div>
      <div class="print-only charter-print">
        <CharterDocument def={def} programName={config.programName} concerns={config.concerns} values={values} title={displayTitle(def, doc.data, t)} level={1} earlierLabels={config.earlierLabels} calendar={doc.data.calendar} agreed={agreementNow(doc.data)} />
      </div>
    </div>
  );
}

const nextLabel = (t: Translate, next: MeetingStep | undefined): string =>
  !next || next.kind === 'checkpoint' ? t('charterDoc.meeting.next') : next.kind === 'section' ? t('charterDoc.meeting.nextSection', { section: next.section.title }) : t('charterDoc.meeting.nextAgree');

interface AgreeProps {
  config: CharterConfig;
  doc: CharterDoc;
  /** The charter was deleted in another tab: agreeing waits until it is kept. */
  detached: boolean;
  headingRef: preact.RefObject<HTMLHeadingElement>;
  onBack: () => void;
  /** Go back to the step with this field (its key, "partners.mentorName"), focused. */
  onGoTo: (key: string) => void;
}

/** The last step: what is written and what is left for later, both names, and "We agree". */
function AgreeStep({ config, doc, detached, headingRef, onBack, onGoTo }: AgreeProps) {
  const t = useT();
  const { def } = config;
  const values = doc.data.values;
  const names = { mentor: roleText(def, values, 'mentor-name'), mentee: roleText(def, values, 'mentee-name') };
  const h = handover(doc.data);
  const agreed = h.kind === 'agreed' ? h.agreement : null;
  const [next, setNext] = useState<'none' | 'send' | 'calendar'>('none');
  const written = completeness(def, values);
  const later = written.sections.filter((s) => !s.filled && !s.optional);
  const nameKeys = [roleKey(def, 'mentor-name'), roleKey(def, 'mentee-name')];
  const missingNames = validateCharter(t, def, values, 'agree').filter((i) => nameKeys.includes(i.key));
  const problems = validateCharter(t, def, values, 'edit');
  const done = useRef<HTMLHeadingElement>(null);
  const blockBox = useRef<HTMLDivElement>(null);
  const blocked = [...missingNames, ...problems];

  function agree() {
    flushAllDrafts();
    if (detached) return;
    if (blocked.length) {
      blockBox.current?.focus();
      return;
    }
    const r = charters.update(doc.id, (d) => recordAgreed(d, new Date(), { mentor: roleText(def, d.values, 'mentor-name'), mentee: roleText(def, d.values, 'mentee-name') }));
    if (r.ok) setTimeout(() => done.current?.focus(), 0);
  }

  if (agreed) {
    return (
      <section class="meeting-step" aria-labelledby="meeting-done-title">
        <h2 id="meeting-done-title" tabIndex={-1} ref={done}>
          {t('charterDoc.meeting.agreed')}
        </h2>
        <p role="status">{agreedLine(t, agreed)}</p>
        <h3>{t('charterDoc.meeting.whatNext')}</h3>
        <ol class="meeting-next">
          <li>
            <Rich
              k="charterDoc.meeting.sendWhy"
              slots={{
                button: (
                  <button type="button" onClick={() => setNext('send')} aria-expanded={next === 'send'}>
                    {h.kind === 'agreed' && h.partnerHas ? t('charterDoc.meeting.sendAgain') : t('charterDoc.meeting.sendCopy')}
                  </button>
                ),
              }}
            />
          </li>
          <li>
            <Rich
              k="charterDoc.meeting.printWhy"
              slots={{
                button: (
                  <button type="button" class="secondary" onClick={() => window.print()}>
                    {t('charterDoc.meeting.print')}
                  </button>
                ),
              }}
            />
          </li>
          <li>
            <button type="button" class="secondary" onClick={() => setNext('calendar')} aria-expanded={next === 'calendar'}>
              {t('charterDoc.meeting.calendar')}
            </button>
          </li>
          <li>
            <Rich k="charterDoc.meeting.myMentoringWhy" slots={{ link: <a href={`${config.base}my-mentoring/`}>{t('charterDoc.meeting.myMentoring')}</a> }} />
          </li>
        </ol>
        {next === 'send' && <SharePanel config={config} doc={doc} stage="agreed" onClose={() => setNext('none')} />}
        {next === 'calendar' && <ExportPanel config={config} doc={doc} />}
      </section>
    );
  }

  return (
    <section class="meeting-step" aria-labelledby="meeting-step-title">
      <h2 id="meeting-step-title" tabIndex={-1} ref={headingRef}>
        {t('charterDoc.meeting.agreeTitle')}
      </h2>
      {'agreedBefore' in h && h.agreedBefore && (
        <p class="notice notice-warn" role="alert">
          {t('charterDoc.meeting.changedAfter', { date: t.date(h.agreedBefore.at) })}
        </p>
      )}
      <p>
        {t('charterDoc.meeting.written', { count: written.filled, total: written.total })}{' '}
        {later.length > 0 && t('charterDoc.meeting.leftForLater', { sections: new Intl.ListFormat(t.lang, { type: 'unit' }).format(later.map((s) => s.title)) })}
      </p>
      {blocked.length > 0 ? (
        <div class="notice notice-warn" tabIndex={-1} ref={blockBox}>
          <p>{t('charterDoc.meeting.beforeYouAgree')}</p>
          <ul>
            {blocked.map((i) => (
              <li key={i.key}>
                <button type="button" class="link-button" onClick={() => onGoTo(i.key)}>
                  {i.message}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <p>{t('charterDoc.meeting.readThrough', { mentor: names.mentor, mentee: names.mentee })}</p>
      )}
      <p class="button-row meeting-nav">
        <button type="button" onClick={agree}>
          {t('charterDoc.meeting.weAgree')}
        </button>
        <button type="button" class="secondary" onClick={onBack}>
          {t('charterDoc.meeting.back')}
        </button>
      </p>
    </section>
  );
}
