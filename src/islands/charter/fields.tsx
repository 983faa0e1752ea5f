import type { FieldDef } from '../../lib/charter/schema';
import { MAX_FIELD_CHARS, type Goal, type FieldValue } from '../../lib/docs/charter-doc';
import { useDraft } from '../shared/useDraft';
import { TextLimit } from '../shared/TextLimit';
import { newId } from '../../lib/storage/envelope';
import { boundValue } from '../../lib/input-value';
import { useRef } from 'preact/hooks';
import UndoStatus, { focusSoon, useStatus } from '../shared/UndoStatus';
import { Rich, useT } from '../shared/i18n';

export interface FieldProps {
  field: FieldDef;
  id: string;
  value: FieldValue | undefined;
  /** Save the value; `base` is the stored value the edit began from. */
  onSave: (value: FieldValue, base?: FieldValue) => void;
  /** Error message for this field (or for a milestone inside it, by "goalId/milestoneId"). */
  errors: Record<string, string>;
  errorKey: string;
}

function Describe({ id, hint, error }: { id: string; hint?: string | undefined; error?: string | undefined }) {
  return (
    <>
      {hint && (
        <span class="hint field-hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      {error && (
        <span class="field-error" id={`${id}-error`}>
          {error}
        </span>
      )}
    </>
  );
}

const describedBy = (id: string, hint?: string, error?: string) => [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;

function TextLike({ field, id, value, onSave, errors, errorKey }: FieldProps) {
  const [draft, setDraft, flush] = useDraft(typeof value === 'string' ? value : '', onSave);
  /** What the input last reported, bound as it is while typing goes on. */
  const typed = useRef<string | null>(null);
  const error = errors[errorKey];
  const free = field.kind === 'text' || field.kind === 'textarea';
  const common = {
    id,
    value: draft,
    maxLength: free ? MAX_FIELD_CHARS : undefined,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': [describedBy(id, field.hint, error), free ? `${id}-limit` : ''].filter(Boolean).join(' ') || undefined,
    onBlur: flush,
  } as const;
  let control;
  if (field.kind === 'textarea') {
    control = <textarea {...common} rows={3} onInput={(e) => setDraft(e.currentTarget.value)} />;
  } else {
    const type = field.kind === 'date' ? 'date' : field.kind === 'time' ? 'time' : field.kind === 'number' ? 'number' : 'text';
    control = (
      <input
        {...common}
        // A date, time or number kept as typed that the input cannot show is shown empty (and flagged),
        // unless this input reported it itself, as a date picker does with a year half typed.
        value={type === 'text' ? draft : boundValue(type, draft, typed.current)}
        type={type}
        inputMode={field.kind === 'number' ? 'numeric' : undefined}
        min={field.min}
        max={field.max}
        autocomplete={field.role === 'mentor-name' || field.role === 'mentee-name' ? 'off' : undefined}
        onInput={(e) => setDraft((typed.current = e.currentTarget.value))}
      />
    );
  }
  return (
    <div class={`field field-${field.kind}${error ? ' has-error' : ''}`}>
      <label for={id}>{field.label}</label>
      <Describe id={id} hint={field.hint} error={error} />
      {control}
      {free && <TextLimit id={`${id}-limit`} length={draft.length} max={MAX_FIELD_CHARS} />}
    </div>
  );
}

function Choice({ field, id, value, onSave, errors, errorKey }: FieldProps) {
  const t = useT();
  const current = typeof value === 'string' ? value : '';
  const options =
    field.kind === 'scale'
      ? (field.labels ?? []).map((label, i) => ({ value: String(i + 1), label }))
      : (field.options ?? []);
  const error = errors[errorKey];
  // Clearing says so, with an Undo that puts the choice back; focus goes to the group's first choice.
  const [status, setStatus] = useStatus();
  const clear = () => {
    const was = current;
    onSave('');
    setStatus(t('charter.fields.cleared', { label: field.label }), () => onSave(was));
    focusSoon(() => document.getElementById(id));
  };
  return (
    <fieldset class={`field choice-group${field.kind === 'scale' ? ' scale' : ''}`} aria-describedby={describedBy(id, field.hint, error)}>
      <legend>{field.label}</legend>
      <Describe id={id} hint={field.hint} error={error} />
      <div class="choices">
        {options.map((o, i) => (
          <label key={o.value} class="choice">
            <input
              type="radio"
              name={id}
              id={i === 0 ? id : undefined}
              value={o.value}
              checked={current === o.value}
              onChange={() => onSave(o.value)}
            />
            <span>{field.kind === 'scale' ? `${i + 1}. ${o.label}` : o.label}</span>
          </label>
        ))}
      </div>
      {current && (
        <button type="button" class="link-button small-text" onClick={clear}>
          <Rich k="charter.fields.clearChoice" slots={{ hidden: <span class="visually-hidden">{t('charter.fields.clearChoiceHidden', { label: field.label })}</span> }} />
        </button>
      )}
      {/* Once something is chosen again, the Undo of the clearing is gone (it must never replace a new choice). */}
      <UndoStatus status={status?.restore && current ? null : status} onDone={setStatus} />
    </fieldset>
  );
}

let zones: string[] | undefined;
function timeZones(): string[] {
  zones ??= typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : ['UTC'];
  return zones;
}

function TimeZone({ field, id, value, onSave, errors, errorKey }: FieldProps) {
  const t = useT();
  const current = typeof value === 'string' ? value : '';
  const list = timeZones();
  const error = errors[errorKey];
  return (
    <div class="field">
      <label for={id}>{field.label}</label>
      <Describe id={id} hint={field.hint} error={error} />
      <select id={id} value={current} onChange={(e) => onSave(e.currentTarget.value)} aria-describedby={describedBy(id, field.hint, error)}>
        <option value="">{t('charter.fields.chooseZone')}</option>
        {current && !list.includes(current) && <option value={current}>{current}</option>}
        {list.map((z) => (
          <option key={z} value={z}>
            {z.replace(/_/g, ' ')}
          </option>
        ))}
      </select>
    </div>
  );
}

const NO_GOALS: Goal[] = [];

function Goals({ field, id, value, onSave, errors, errorKey }: FieldProps) {
  const t = useT();
  const [goals, setGoals, flush] = useDraft<Goal[]>(Array.isArray(value) ? value : NO_GOALS, onSave);
  /** What each milestone's date input last reported (see `boundValue`). */
  const typedDates = useRef<Record<string, string>>({});
  /** The goals as they are now, for an Undo pressed after later edits. */
  const latest = useRef(goals);
  latest.current = goals;
  // Each add and removal is said; a removal can be undone (what was typed since is kept).
  const [status, setStatus] = useStatus();
  const change = (i: number, g: Goal) => setGoals(goals.map((x, j) => (j === i ? g : x)));
  const focus = (elementId: string) => focusSoon(() => document.getElementById(elementId));
  const addGoal = () => {
    const n = goals.length;
    setGoals([...goals, { id: newId(), text: '', success: '', milestones: [] }]);
    setStatus(t('charter.fields.goalAdded', { goal: n + 1, whose }));
    focus(`${id}-${n}-text`);
  };
  /** Whose goals these are, for names heard out of context: the mentee's and the mentor's both have a goal 1. */
  const whose = field.label.charAt(0).toLowerCase() + field.label.slice(1);
  /** After a removal, focus goes to what took its place: the next goal, else the one before, else "Add a goal". */
  const removeGoal = (i: number) => {
    const left = goals.length - 1;
    const gone = goals[i]!;
    setGoals(goals.filter((_, j) => j !== i));
    const said = gone.text.trim() ? t('charter.fields.goalRemovedNamed', { goal: i + 1, whose, text: gone.text.trim() }) : t('charter.fields.goalRemoved', { goal: i + 1, whose });
    setStatus(said, () => {
      const now = latest.current.filter((g) => g.id !== gone.id);
      setGoals([...now.slice(0, i), gone, ...now.slice(i)]);
    });
    focus(left === 0 ? `${id}-add` : `${id}-${Math.min(i, left - 1)}-text`);
  };
  const addMilestone = (i: number, g: Goal) => {
    change(i, { ...g, milestones: [...g.milestones, { id: newId(), date: '', text: '' }] });
    setStatus(t('charter.fields.milestoneAdded', { milestone: g.milestones.length + 1, goal: i + 1, whose }));
    focus(`${id}-${i}-m${g.milestones.length}-date`);
  };
  const removeMilestone = (i: number, g: Goal, k: number) => {
    const left = g.milestones.length - 1;
    const gone = g.milestones[k]!;
    change(i, { ...g, milestones: g.milestones.filter((_, j) => j !== k) });
    const about = { milestone: k + 1, goal: i + 1, whose };
    const said = gone.text.trim() ? t('charter.fields.milestoneRemovedNamed', { ...about, text: gone.text.trim() }) : t('charter.fields.milestoneRemoved', about);
    setStatus(said, () =>
      setGoals(
        latest.current.map((x) => {
          if (x.id !== g.id) return x;
          const now = x.milestones.filter((m) => m.id !== gone.id);
          return { ...x, milestones: [...now.slice(0, k), gone, ...now.slice(k)] };
        }),
      ),
    );
    focus(left === 0 ? `${id}-${i}-add-milestone` : `${id}-${i}-m${Math.min(k, left - 1)}-date`);
  };
  return (
    <fieldset class="field goals" onFocusOut={flush}>
      <legend>{field.label}</legend>
      {goals.length === 0 && <p class="hint">{t('charter.fields.noGoals')}</p>}
      <ol class="goal-list">
        {goals.map((g, i) => {
          const gid = `${id}-${i}`;
          return (
            <li key={g.id} class="goal">
              <div class="field">
                <label for={`${gid}-text`}>{t('charter.fields.goal', { goal: i + 1 })}</label>
                <input id={`${gid}-text`} type="text" maxLength={MAX_FIELD_CHARS} value={g.text} onInput={(e) => change(i, { ...g, text: e.currentTarget.value })} />
              </div>
              <div class="field">
                <label for={`${gid}-success`}>{t('charter.fields.success')}</label>
                <textarea id={`${gid}-success`} rows={2} maxLength={MAX_FIELD_CHARS} value={g.success} onInput={(e) => change(i, { ...g, success: e.currentTarget.value })} />
              </div>
              <fieldset class="milestones">
                <legend>{t('charter.fields.milestones', { goal: i + 1 })}</legend>
                {g.milestones.map((m, k) => {
                  const mid = `${gid}-m${k}`;
                  const err = errors[`${errorKey}/${g.id}/${m.id}`];
                  const setM = (patch: Partial<typeof m>) => change(i, { ...g, milestones: g.milestones.map((x, j) => (j === k ? { ...x, ...patch } : x)) });
                  return (
                    <div key={m.id} class={`milestone${err ? ' has-error' : ''}`}>
                      <div class="field">
                        <label for={`${mid}-date`}>{t('charter.fields.date')}</label>
                        <input id={`${mid}-date`} type="date" value={boundValue('date', m.date, typedDates.current[m.id] ?? null)} aria-invalid={err ? true : undefined} aria-describedby={err ? `${mid}-error` : undefined} onInput={(e) => setM({ date: (typedDates.current[m.id] = e.currentTarget.value) })} />
                      </div>
                      <div class="field grow">
                        <label for={`${mid}-text`}>{t('charter.fields.milestone')}</label>
                        <input id={`${mid}-text`} type="text" maxLength={MAX_FIELD_CHARS} value={m.text} onInput={(e) => setM({ text: e.currentTarget.value })} />
                      </div>
                      <button
                        type="button"
                        class="secondary small"
                        onClick={() => removeMilestone(i, g, k)}
                      >
                        <Rich k="charter.fields.removeMilestone" slots={{ hidden: <span class="visually-hidden">{t('charter.fields.removeMilestoneHidden', { milestone: k + 1, goal: i + 1, whose })}</span> }} />
                      </button>
                      {err && (
                        <span class="field-error" id={`${mid}-error`}>
                          {err}
                        </span>
                      )}
                    </div>
                  );
                })}
                <button
                  type="button"
                  id={`${gid}-add-milestone`}
                  class="secondary small"
                  onClick={() => addMilestone(i, g)}
                >
                  <Rich k="charter.fields.addMilestone" slots={{ hidden: <span class="visually-hidden">{t('charter.fields.addMilestoneHidden', { goal: i + 1, whose })}</span> }} />
                </button>
              </fieldset>
              <button type="button" class="danger small" onClick={() => removeGoal(i)}>
                <Rich k="charter.fields.removeGoal" params={{ goal: i + 1 }} slots={{ hidden: <span class="visually-hidden">{t('charter.fields.removeGoalHidden', { whose })}</span> }} />
              </button>
            </li>
          );
        })}
      </ol>
      <button type="button" id={`${id}-add`} class="secondary" onClick={addGoal}>
        <Rich k="charter.fields.addGoal" slots={{ hidden: <span class="visually-hidden">{t('charter.fields.addGoalHidden', { whose })}</span> }} />
      </button>
      <UndoStatus status={status} onDone={setStatus} />
    </fieldset>
  );
}

/** The editor for one charter field, by kind. */
export function FieldEditor(props: FieldProps) {
  switch (props.field.kind) {
    case 'choice':
    case 'scale':
      return <Choice {...props} />;
    case 'timezone':
      return <TimeZone {...props} />;
    case 'goals':
      return <Goals {...props} />;
    default:
      return <TextLike {...props} />;
  }
}
