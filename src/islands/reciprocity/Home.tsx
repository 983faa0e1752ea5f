import { useBrowserStore } from '../shared/hydration';
import { useEffect, useRef, useState } from 'preact/hooks';
import { MAX_NAME_CHARS, ROLES, STAGES, type AssessmentDoc, type Role, type Stage } from '../../lib/docs/assessment-doc';
import { assessmentDate, byInstrument } from '../../lib/reciprocity/assessments';
import { SIDES, answeredCount } from '../../lib/reciprocity/keys';
import { assessments } from '../../stores/persistence';
import { docHref, go } from '../shared/route';
import UndoStatus from '../shared/UndoStatus';
import { useUndoDelete } from '../shared/undo-delete';
import { lazy } from '../shared/lazy';
import { useT } from '../shared/i18n';
import type { ReciprocityConfig } from './types';

// Shown only to someone who has charters, once the page runs (it names them as My mentoring does).
const CharterPicker = lazy(() => import('../shared/CharterPicker'));

// Past assessments (scored, with trends) load their code when there are some to show.
const History = lazy(() => import('./History'));

interface StartForm {
  role: Role | '';
  stage: Stage | '';
  charterId: string;
  name: string;
}
const EMPTY_START: StartForm = { role: '', stage: '', charterId: '', name: '' };
const START = 'reciprocity-start';
/** "as the mentor", as a sentence says in which role someone answered (as in ./labels.ts, which this first view does not load). */
const AS_ROLE = { mentor: 'reciprocity.role.as.mentor', mentee: 'reciprocity.role.as.mentee' } as const satisfies Record<Role, string>;
/** The radio buttons' labels, after "I am the". */
const ROLE_CHOICE = { mentor: 'reciprocity.role.choice.mentor', mentee: 'reciprocity.role.choice.mentee' } as const satisfies Record<Role, string>;

const isStartForm = (v: unknown): v is StartForm => {
  const f = v as StartForm | null;
  // Written by this page only; checked so that an older page's shape cannot start a wrong assessment.
  return ['', ...ROLES].includes(f?.role!) && ['', ...STAGES].includes(f!.stage) && typeof f!.charterId == 'string' && typeof f!.name == 'string';
};

/** Start (or continue) an assessment, and see past ones with each dimension's trend. */
export default function Home({ config }: { config: ReciprocityConfig }) {
  const t = useT();
  const inst = config.instrument;
  const { current: list, earlier, other } = byInstrument(useBrowserStore(assessments.$list, []), inst.id);
  // What is chosen and typed here survives a reload, in this tab only, until the assessment starts.
  const [form, setFormNow] = useState(EMPTY_START);
  // Kept in this tab's history entry by ../shared/history-state.ts, loaded as the page starts (the
  // first view does not wait for it), then used at once.
  const tab = useRef<typeof import('../shared/history-state') | null>(null);
  useEffect(
    () =>
      void import('../shared/history-state').then((h) => {
        tab.current = h;
        const f = h.readHistoryState(START);
        if (isStartForm(f)) setFormNow(f);
      }),
    [],
  );
  const setForm = (f: StartForm) => {
    setFormNow(f);
    tab.current?.keepInHistory(START, f);
  };
  const { role, stage, charterId, name } = form;
  const set = (patch: Partial<StartForm>) => setForm({ ...form, ...patch });
  const [error, setError] = useState('');
  const [status, setStatus, removeDoc] = useUndoDelete(assessments, () => document.getElementById('history-title') ?? document.getElementById('start-title'));

  const drafts = list.filter((d) => d.data.status === 'draft');
  const completed = list.filter((d) => d.data.status === 'complete');
  const total = inst.behaviours.length * SIDES.length;

  function start(e: Event) {
    e.preventDefault();
    if (!role || !stage) {
      setError(!role ? t('reciprocity.home.chooseRole') : t('reciprocity.home.chooseStage'));
      document.getElementById(!role ? 'role-mentor' : `stage-${inst.stages[0]!.id}`)?.focus();
      return;
    }
    const r = assessments.create({
      role,
      stage,
      name: name.trim(),
      ...(charterId ? { charterId } : {}),
      status: 'draft',
      instrument: inst.id,
      answers: {},
    });
    if (r.ok) {
      // Emptied in this entry before the next one is made, so Back shows an empty form.
      setForm(EMPTY_START);
      tab.current?.writeHistoryState();
      go(null, r.doc.id);
    }
  }

  function remove(doc: AssessmentDoc) {
    removeDoc(doc.id, t('reciprocity.home.deleted', { date: t.date(assessmentDate(doc)), asRole: t(AS_ROLE[doc.data.role]) }));
  }

  return (
    <div class="reciprocity-home">
      {drafts.map((d) => {
        const answered = answeredCount(inst.behaviours, d.data.answers);
        const params = { asRole: t(AS_ROLE[d.data.role]), date: t.date(d.createdAt) };
        const which = t('reciprocity.home.draftWhich', params);
        return (
          <div key={d.id} class="notice">
            <p>{t('reciprocity.home.started', { ...params, answered, total })}</p>
            <p class="button-row">
              <a class="button" href={docHref(d.id)} onClick={(e) => go(e, d.id)}>
                {t('reciprocity.home.continue')}
                <span class="visually-hidden"> {which}</span>
              </a>
              <button type="button" class="secondary" onClick={() => remove(d)}>
                {t('reciprocity.home.discard')}
                <span class="visually-hidden">: {which}</span>
              </button>
            </p>
          </div>
        );
      })}

      <form class="panel start-form" onSubmit={start} noValidate>
        <h2 id="start-title" tabIndex={-1}>
          {t('reciprocity.home.title')}
        </h2>
        <p>{inst.intro}</p>
        <fieldset class="choice-group">
          <legend>{t('reciprocity.home.iAm')}</legend>
          <div class="choices">
            {ROLES.map((r) => (
              <label key={r} class="choice">
                <input id={`role-${r}`} type="radio" name="role" value={r} checked={role === r} onChange={() => set({ role: r })} /> {t(ROLE_CHOICE[r])}
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset class="choice-group">
          <legend>{t('reciprocity.home.together')}</legend>
          <div class="choices">
            {inst.stages.map((s) => (
              <label key={s.id} class="choice">
                <input id={`stage-${s.id}`} type="radio" name="stage" value={s.id} checked={stage === s.id} onChange={() => set({ stage: s.id })} /> {s.label}
              </label>
            ))}
          </div>
        </fieldset>
        <CharterPicker id="about-charter" value={charterId} onChange={(charterId) => set({ charterId })} />
        <div class="field">
          <label for="your-name">{t('reciprocity.home.name')}</label>
          <span class="hint" id="your-name-hint">
            {t('reciprocity.home.nameHint')}
          </span>
          <input id="your-name" type="text" maxLength={MAX_NAME_CHARS} autocomplete="given-name" value={name} aria-describedby="your-name-hint" onInput={(e) => set({ name: e.currentTarget.value })} />
        </div>
        {error && (
          <p class="field-error" role="alert">
            {error}
          </p>
        )}
        <p>
          <button type="submit">{t('reciprocity.home.start')}</button>
        </p>
      </form>

      <UndoStatus status={status} onDone={setStatus} />
      {completed.length + earlier.length + other.length > 0 && <History config={config} completed={completed} earlier={earlier} other={other.length} onDelete={remove} />}
    </div>
  );
}
