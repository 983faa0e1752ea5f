import { useEffect, useRef, useState } from 'preact/hooks';
import type { Answer, AssessmentDoc } from '../../lib/docs/assessment-doc';
import { SIDES, answerKey, statement } from '../../lib/reciprocity/instrument';
import { assessments } from '../../stores/persistence';
import { Rich, useT } from '../shared/i18n';
import { AS_ROLE, STAGE_LABEL } from './labels';
import type { ReciprocityConfig } from './types';

interface Props {
  config: ReciprocityConfig;
  doc: AssessmentDoc;
}

/**
 * The behaviours, grouped by dimension. Each behaviour is asked twice, one after the other: what I
 * do for my partner, then what my partner does for me. Each statement is a radio group; every
 * answer saves at once.
 */
export default function Questionnaire({ config, doc }: Props) {
  const t = useT();
  const inst = config.instrument;
  const { role, stage, answers } = doc.data;
  const [confirming, setConfirming] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const keys = inst.behaviours.flatMap((b) => SIDES.map((side) => answerKey(b.id, side)));
  const done = keys.filter((k) => answers[k] !== undefined).length;
  const total = keys.length;

  useEffect(() => heading.current?.focus(), []);

  function answer(key: string, value: Answer) {
    assessments.update(doc.id, (d) => ({ ...d, answers: { ...d.answers, [key]: value } }));
  }

  function finish() {
    if (done < total && !confirming) {
      setConfirming(true);
      return;
    }
    const now = new Date().toISOString();
    const r = assessments.update(doc.id, (d) => ({ ...d, status: 'complete' as const, completedAt: now }));
    if (!r.ok) return;
    window.scrollTo(0, 0);
    setTimeout(() => document.querySelector<HTMLElement>('#results-title')?.focus(), 0);
  }

  const choices: { value: Answer; label: string }[] = [
    ...inst.scale.map((label, i) => ({ value: (i + 1) as Answer, label })),
    { value: 'na', label: inst.notApplicable },
  ];
  let n = 0;

  return (
    <div class="questionnaire">
      <h2 id="questionnaire-title" tabIndex={-1} ref={heading}>
        {t('reciprocity.questionnaire.heading', { asRole: t(AS_ROLE[role]), stage: STAGE_LABEL(inst, stage).toLowerCase() })}
      </h2>
      <p>{inst.intro}</p>
      <p class="hint">{inst.framing}</p>
      <div class="progress-sticky" role="group" aria-label={t('reciprocity.questionnaire.progress')}>
        <p class="time-frame" id="time-frame">
          <Rich k="reciprocity.questionnaire.timeFrame" slots={{ timeFrame: <strong>{inst.timeFrame}</strong> }} />
        </p>
        {/* Said after each answer (politely, once the choice itself has been read out). */}
        <label for="answered-progress" aria-live="polite">
          {t('reciprocity.statementsAnswered', { answered: done, total })}
        </label>
        <progress id="answered-progress" max={total} value={done} />
      </div>
      {inst.dimensions.map((d) => {
        const behaviours = inst.behaviours.filter((b) => b.dimension === d.id);
        const dimKeys = behaviours.flatMap((b) => SIDES.map((side) => answerKey(b.id, side)));
        const answered = dimKeys.filter((k) => answers[k] !== undefined).length;
        return (
          <section key={d.id} class="dimension" aria-labelledby={`dim-${d.id}`}>
            <h3 id={`dim-${d.id}`}>
              {d.title} <span class="hint">{t('reciprocity.questionnaire.partCount', { answered, total: dimKeys.length })}</span>
            </h3>
            <p class="hint">{d.description}</p>
            {behaviours.map((b) => (
              <div key={b.id} class="behaviour-pair">
                {SIDES.map((side) => {
                  const key = answerKey(b.id, side);
                  n++;
                  return (
                    <fieldset key={key} class={`statement statement-${side}${answers[key] === undefined ? '' : ' answered'}`} aria-describedby="time-frame">
                      <legend>
                        <span class="visually-hidden">{t('reciprocity.questionnaire.statement', { part: d.title, n })} </span>
                        {statement(b, role, side)}
                      </legend>
                      <div class="scale-choices">
                        {choices.map((c) => (
                          <label key={String(c.value)} class={`choice${c.value === 'na' ? ' na' : ''}`}>
                            <input type="radio" name={key} value={String(c.value)} checked={answers[key] === c.value} onChange={() => answer(key, c.value)} />
                            <span>{c.label}</span>
                          </label>
                        ))}
                      </div>
                    </fieldset>
                  );
                })}
              </div>
            ))}
          </section>
        );
      })}
      <div class="finish">
        {confirming && done < total && (
          <div class="notice notice-warn" role="alert">
            <p>{t('reciprocity.questionnaire.unanswered', { count: total - done })}</p>
          </div>
        )}
        <p class="button-row">
          <button type="button" onClick={finish}>
            {confirming && done < total ? t('reciprocity.questionnaire.seeAnyway') : t('reciprocity.questionnaire.see')}
          </button>
        </p>
        <p class="hint">{t('reciprocity.questionnaire.saved')}</p>
      </div>
    </div>
  );
}
