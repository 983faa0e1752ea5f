import { useStore } from '@nanostores/preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ComponentType } from 'preact';
import { fieldKey } from '../../lib/charter/definition';
import { copyEarlier, earlierAnswers, withoutEarlier } from '../../lib/charter/earlier';
import { withFieldSaved } from '../../lib/charter/rebase';
import { validateCharter, type FieldIssue } from '../../lib/charter/validate';
import { completeness, displayTitle, isFilled, isVisible, suggestedTitle, suggestions } from '../../lib/charter/values';
import { nextStage, type HandoverAction } from '../../lib/charter/handover';
import { readableValue } from '../../lib/charter/text';
import { localDate } from '../../lib/dates';
import Handover from './Handover';
import { MAX_TITLE_CHARS, type CharterDoc, type CharterValues, type FieldValue, type HandoverStage } from '../../lib/docs/charter-doc';
import type { SectionDef } from '../../lib/charter/schema';
import { newId } from '../../lib/storage/envelope';
import { $storageHealth, charters } from '../../stores/persistence';
import CharterDocument from './CharterDocument';
import { lazy } from '../shared/lazy';
import { agreementNow } from '../../lib/charter/handover-records';
import type EarlierAnswersBlock from './EarlierAnswers';
import { FieldEditor } from './fields';
import { ConcernsDetails, OtherRoutes } from '../shared/ConcernsNote';
import { concernsLabel } from '../../lib/concerns';
import { flushAllDrafts, useDraft } from '../shared/useDraft';
import { TextLimit } from '../shared/TextLimit';
import type { CharterConfig } from './types';
import { go } from '../shared/route';
import { focusSoon } from '../shared/UndoStatus';
import { Rich, useT } from '../shared/i18n';
import type { Translate } from '../../lib/i18n/messages';

interface Props {
  config: CharterConfig;
  doc: CharterDoc;
  /**
   * Set while the charter was deleted in another tab and is held on this page: changes go here
   * instead of storage, and the actions that need it stored (share, export, revisions) wait.
   */
  onChange?: ((fn: (d: CharterDoc['data']) => CharterDoc['data']) => void) | undefined;
}

// Each panel loads its code when it is first opened.
const SharePanel = lazy(() => import('./SharePanel'));
const ExportPanel = lazy(() => import('./ExportPanel'));
const RevisionsPanel = lazy(() => import('./RevisionsPanel'));

type Panel = 'none' | 'share' | 'export' | 'revisions';

export default function CharterEditor({ config, doc, onChange }: Props) {
  const t = useT();
  const { def } = config;
  const detached = !!onChange;
  const write = (fn: (d: CharterDoc['data']) => CharterDoc['data']) => (onChange ? (onChange(fn), { ok: true }) : charters.update(doc.id, fn));
  const values = doc.data.values;
  const health = useStore($storageHealth);
  const [panel, setPanel] = useState<Panel>('none');
  /** What the share panel sends: the next step by default, or what the hand-over button asked for. */
  const [stage, setStage] = useState<HandoverStage>('draft');
  const [actionIssues, setActionIssues] = useState<{ action: 'print' | 'share'; issues: FieldIssue[] } | null>(null);
  const issueBox = useRef<HTMLDivElement>(null);

  const issues = useMemo(() => validateCharter(t, def, values, 'edit'), [def, values, t]);
  const errors = useMemo(() => {
    const all = [...issues, ...(actionIssues?.issues ?? [])];
    return Object.fromEntries(all.map((i) => [i.key, i.message]));
  }, [issues, actionIssues]);
  const done = completeness(def, values);
  const toWrite = done.sections.filter((s) => !s.optional);
  const forLater = done.sections.filter((s) => s.optional);
  // The programme's defaults, offered beside the empty fields they would fill: nobody's answer until chosen.
  const [suggested] = useState(() => suggestions(def, { today: localDate(new Date()), cadence: config.cadence, cadenceWeeks: config.cadenceWeeks, reviewWeeks: config.reviewWeeks }));

  /** The hand-over's one button: open the share panel on the right kind of link. */
  function act(action: HandoverAction) {
    if (!ready('share')) return;
    setStage(action.stage);
    setPanel('share');
  }

  /** Save a field on the newest stored copy; a goals list is rebased onto goals another tab changed meanwhile. */
  const saveField = (key: string) => (value: FieldValue, base?: FieldValue) => {
    write((d) => withFieldSaved(d, key, value, base));
    if (actionIssues) setActionIssues((a) => (a ? { ...a, issues: a.issues.filter((i) => i.key !== key) } : a));
  };
  const [title, setTitle, flushTitle] = useDraft(doc.data.title, (t: string) => void write((d) => ({ ...d, title: t })));

  /** Check before printing or sharing; show what blocks it and move focus to the list. */
  function ready(purpose: 'print' | 'share'): boolean {
    flushAllDrafts();
    const blocking = validateCharter(t, def, values, purpose);
    if (blocking.length === 0) {
      setActionIssues(null);
      return true;
    }
    setActionIssues({ action: purpose === 'print' ? 'print' : 'share', issues: blocking });
    setTimeout(() => issueBox.current?.focus(), 0);
    return false;
  }

  // Answers from an earlier version of the charter are rare: their block loads only when a charter has some.
  const hasEarlier = useMemo(() => earlierAnswers(t, def, values).length > 0, [def, values, t]);
  const [EarlierAnswers, setEarlierAnswers] = useState<ComponentType<Parameters<typeof EarlierAnswersBlock>[0]> | null>(null);
  useEffect(() => {
    if (hasEarlier && !EarlierAnswers) void import('./EarlierAnswers').then((m) => setEarlierAnswers(() => m.default));
  }, [hasEarlier, EarlierAnswers]);

  // A phone's browser may clear what a site keeps (Safari after seven days without a visit) unless it is on the home screen.
  const [onPhone] = useState(() => matchMedia('(pointer: coarse)').matches && !matchMedia('(display-mode: standalone)').matches);
  const toggle = (p: Panel) => setPanel((cur) => (cur === p ? 'none' : p));
  const name = displayTitle(def, doc.data, t);

  return (
    <div class="charter-editor">
      <div class="no-print">
        <p>
          <a href={location.pathname} onClick={(e) => go(e, null)}>
            {t('charter.editor.allCharters')}
          </a>
        </p>
        <div class="editor-head">
          <div class="field title-field">
            <label for="charter-title">{t('charter.editor.nameLabel')}</label>
            <input
              id="charter-title"
              type="text"
              value={title}
              maxLength={MAX_TITLE_CHARS}
              aria-describedby="charter-title-limit"
              placeholder={suggestedTitle(def, values) || t('charter.editor.namePlaceholder')}
              onInput={(e) => setTitle(e.currentTarget.value)}
              onBlur={flushTitle}
            />
            <TextLimit id="charter-title-limit" length={title.length} max={MAX_TITLE_CHARS} />
          </div>
          <p class="save-state" role="status">
            {detached ? t('charter.editor.detached') : health.state === 'ok' ? t('charter.editor.saving') : t('charter.editor.notSaving')}
          </p>
          {onPhone && !detached && (
            <p class="hint home-screen-hint">
              <Rich k="charter.editor.homeScreen" slots={{ link: <a href={`${config.base}my-data/#home-screen`}>{t('charter.editor.homeScreenLink')}</a> }} />
            </p>
          )}
        </div>

        {!detached && <Handover config={config} doc={doc} onAction={act} place="top" />}

        <nav class="charter-progress" aria-labelledby="progress-title">
          <h2 id="progress-title" class="progress-title">
            {t('charter.editor.progress', { filled: done.filled, total: done.total })}
          </h2>
          <progress max={done.total} value={done.filled} aria-labelledby="progress-title" />
          <SectionIndex sections={toWrite} />
          {forLater.length > 0 && (
            <>
              <p class="hint section-index-note">{t('charter.editor.optional', { count: forLater.length })}</p>
              <SectionIndex sections={forLater} />
            </>
          )}
        </nav>

        <div class="toolbar" role="group" aria-label={t('charter.editor.actions')} hidden={detached}>
          <button type="button" onClick={() => ready('print') && window.print()}>
            {t('charter.editor.print')}
          </button>
          <button
            type="button"
            class="secondary"
            aria-expanded={panel === 'share'}
            onClick={() => (panel === 'share' || ready('share')) && (setStage(nextStage(doc.data)), toggle('share'))}
          >
            {t('charter.editor.share')}
          </button>
          <button type="button" class="secondary" aria-expanded={panel === 'export'} onClick={() => toggle('export')}>
            {t('charter.editor.export')}
          </button>
          <button type="button" class="secondary" aria-expanded={panel === 'revisions'} onClick={() => toggle('revisions')}>
            {t('charter.editor.revisions', { count: doc.data.revisions.length })}
          </button>
          <a class="button secondary" href={`${location.pathname}?id=${doc.id}&mode=together`} onClick={(e) => (flushAllDrafts(), go(e, doc.id, true))}>
            {t('charter.writeTogether')}
          </a>
        </div>

        {actionIssues && actionIssues.issues.length > 0 && (
          <div class="notice notice-error" role="alert" tabIndex={-1} ref={issueBox}>
            <p>
              <strong>{actionIssues.action === 'print' ? t('charter.editor.beforePrint') : t('charter.editor.beforeShare')}</strong>
            </p>
            <ul>
              {actionIssues.issues.map((i) => (
                <li key={i.key}>
                  <a href={`#${domId(i.key)}`} onClick={(e) => jump(e, domId(i.key))}>
                    {i.message}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        )}

        {!detached && panel === 'share' && <SharePanel config={config} doc={doc} stage={stage} onClose={() => setPanel('none')} />}
        {!detached && panel === 'export' && <ExportPanel config={config} doc={doc} />}
        {!detached && panel === 'revisions' && <RevisionsPanel config={config} doc={doc} />}

        <p class="lede charter-intro">{def.intro}</p>

        {EarlierAnswers && (
          <EarlierAnswers
            def={def}
            values={values}
            labels={config.earlierLabels}
            onCopy={(from, to) => {
              flushAllDrafts();
              write((d) => ({ ...d, values: copyEarlier(def, d.values, from, to, newId) }));
            }}
            onRemove={(key) => {
              const value = doc.data.values[key];
              const removed = write((d) => ({ ...d, values: withoutEarlier(d.values, key) }));
              if (!removed.ok || value === undefined) return undefined;
              return () => void write((d) => ({ ...d, values: { ...d.values, [key]: value } }));
            }}
          />
        )}

        {def.sections.map((s) => (
          <section key={s.id} id={`sec-${s.id}`} class="charter-section" aria-labelledby={`sec-${s.id}-title`} tabIndex={-1}>
            <h2 id={`sec-${s.id}-title`}>{s.title}</h2>
            <p class="section-prompt">{s.prompt}</p>
            {(s.examples.length > 0 || config.guideLinks[s.id]) && (
              <div class="section-help">
                {s.examples.length > 0 && (
                  <details>
                    <summary>{t('charter.editor.examples', { count: s.examples.length })}</summary>
                    <ul>
                      {s.examples.map((ex, i) => (
                        <li key={i}>{ex}</li>
                      ))}
                    </ul>
                  </details>
                )}
                {config.guideLinks[s.id] && (
                  <a class="guide-link" href={config.guideLinks[s.id]}>
                    <Rich k="charter.editor.guide" slots={{ hidden: <span class="visually-hidden">{t('charter.editor.guideHidden', { section: s.title })}</span> }} />
                  </a>
                )}
              </div>
            )}
            <SectionFields section={s} values={values} suggested={suggested} errors={errors} saveField={saveField} />
            {s.concernsContact && (
              <div class="notice concerns-in-charter">
                <p>
                  <strong>{t('charterDoc.colon.label', { label: concernsLabel(t) })}</strong> <ConcernsDetails concerns={config.concerns} />. {config.concerns.confidentiality}
                </p>
                <OtherRoutes concerns={config.concerns} />
                <p class="hint">{t('charter.editor.concernsPrinted')}</p>
              </div>
            )}
          </section>
        ))}
        {!detached && <Handover config={config} doc={doc} onAction={act} place="end" />}
      </div>
      <div class="print-only charter-print">
        <CharterDocument def={def} programName={config.programName} concerns={config.concerns} values={values} title={name} level={1} earlierLabels={config.earlierLabels} calendar={doc.data.calendar} agreed={agreementNow(doc.data)} />
      </div>
    </div>
  );
}

/** The sections as links, each marked written or not. */
function SectionIndex({ sections }: { sections: { id: string; title: string; filled: boolean }[] }) {
  const t = useT();
  return (
    <ol class="section-index">
      {sections.map((s) => (
        <li key={s.id} class={s.filled ? 'filled' : ''}>
          <a href={`#sec-${s.id}`} onClick={(e) => jump(e, `sec-${s.id}`)}>
            <span aria-hidden="true">{s.filled ? '✓' : '○'}</span> {s.title}
            <span class="visually-hidden">{s.filled ? t('charter.editor.written') : t('charter.editor.notWritten')}</span>
          </a>
        </li>
      ))}
    </ol>
  );
}

interface SectionFieldsProps {
  section: SectionDef;
  values: CharterValues;
  /** The programme's defaults by field key, offered beside an empty field. */
  suggested: Record<string, string>;
  errors: Record<string, string>;
  saveField: (key: string) => (value: FieldValue, base?: FieldValue) => void;
}

/** A section's visible fields, each with the programme's suggestion while it is empty. */
export function SectionFields({ section, values, suggested, errors, saveField }: SectionFieldsProps) {
  const t = useT();
  return (
    <>
      {section.fields
        .filter((f) => isVisible(section, f, values))
        .map((f) => {
          const key = fieldKey(section, f);
          const offer = suggested[key];
          return (
            <div key={key}>
              <FieldEditor field={f} id={domId(key)} value={values[key]} onSave={saveField(key)} errors={errors} errorKey={key} />
              {offer && !isFilled(values[key]) && (
                <Suggestion
                  label={suggestionLabel(t, f, offer)}
                  onUse={() => {
                    saveField(key)(offer);
                    // The button goes once used: focus moves to the field it filled, which now shows the value.
                    focusSoon(() => {
                      const el = document.getElementById(domId(key));
                      return el?.matches('input, textarea, select') ? el : (el?.querySelector<HTMLElement>('input:checked, input, select') ?? null);
                    });
                  }}
                />
              )}
            </div>
          );
        })}
    </>
  );
}

/** The programme's suggestion for an empty field, and a button to use it. */
function Suggestion({ label, onUse }: { label: string; onUse: () => void }) {
  const t = useT();
  return (
    <p class="suggestion">
      {t('charter.editor.suggests', { value: label })}{' '}
      <button type="button" class="secondary small" aria-label={t('charter.editor.useThisLabel', { value: label })} onClick={onUse}>
        {t('charter.editor.useThis')}
      </button>
    </p>
  );
}

const suggestionLabel = (t: Translate, f: Parameters<typeof readableValue>[1], value: string): string =>
  f.kind === 'date'
    ? t('charter.editor.suggestedDate', { date: t.date(value) })
    : f.role === 'review-weeks' || f.role === 'cadence-weeks'
      ? t('charter.editor.suggestedWeeks', { count: Number(value) })
      : readableValue(t, f, value);

/** The DOM id of a field's control, from its key ("rhythm.cadence" → "f-rhythm-cadence"). */
export const domId = (key: string): string => `f-${key.split('/')[0]!.replace(/\./g, '-')}`;

function jump(e: Event, id: string): void {
  const el = document.getElementById(id);
  if (!el) return;
  e.preventDefault();
  el.scrollIntoView({ block: 'start' });
  (el.matches('input, textarea, select, [tabindex]') ? el : (el.querySelector<HTMLElement>('input, textarea, select') ?? el)).focus();
}
