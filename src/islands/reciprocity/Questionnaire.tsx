import { useEffect, useRef, useState } from 'preact/hooks';
import type { Answer, AssessmentDoc } from '../../lib/docs/assessment-doc';
import { itemText } from '../../lib/reciprocity/score';
import { assessments } from '../../stores/persistence';
import { STAGE_LABEL } from './labels';
import type { ReciprocityConfig } from './types';

interface Props {
  config: ReciprocityConfig;
  doc: AssessmentDoc;
}

/** The statements, grouped by dimension, each a radio group; every answer saves at once. */
export default function Questionnaire({ config, doc }: Props) {
  const inst = config.instrument;
  const { role, stage, answers } = doc.data;
  const [confirming, setConfirming] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const done = inst.items.filter((i) => answers[i.id] !== undefined).length;
  const total = inst.items.length;

  useEffect(() => heading.current?.focus(), []);

  function answer(itemId: string, value: Answer) {
    assessments.update(doc.id, (d) => ({ ...d, answers: { ...d.answers, [itemId]: value } }));
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

  return (
    <div class="questionnaire">
      <h2 id="questionnaire-title" tabIndex={-1} ref={heading}>
        Answering as the {role}, {STAGE_LABEL(inst, stage).toLowerCase()}
      </h2>
      <p>{inst.intro}</p>
      <div class="progress-sticky" role="group" aria-label="Progress">
        <label for="answered-progress">
          {done} of {total} statements answered
        </label>
        <progress id="answered-progress" max={total} value={done} />
      </div>
      {inst.dimensions.map((d) => {
        const items = inst.items.filter((i) => i.dimension === d.id);
        const answered = items.filter((i) => answers[i.id] !== undefined).length;
        return (
          <section key={d.id} class="dimension" aria-labelledby={`dim-${d.id}`}>
            <h3 id={`dim-${d.id}`}>
              {d.title} <span class="hint">({answered} of {items.length})</span>
            </h3>
            <p class="hint">{d.description}</p>
            {items.map((item, n) => (
              <fieldset key={item.id} class={`statement${answers[item.id] === undefined ? '' : ' answered'}`}>
                <legend>
                  <span class="visually-hidden">
                    {d.title}, statement {n + 1}:{' '}
                  </span>
                  {itemText(item, role)}
                </legend>
                <div class="scale-choices">
                  {choices.map((c) => (
                    <label key={String(c.value)} class={`choice${c.value === 'na' ? ' na' : ''}`}>
                      <input type="radio" name={item.id} value={String(c.value)} checked={answers[item.id] === c.value} onChange={() => answer(item.id, c.value)} />
                      <span>{c.label}</span>
                    </label>
                  ))}
                </div>
              </fieldset>
            ))}
          </section>
        );
      })}
      <div class="finish">
        {confirming && done < total && (
          <div class="notice notice-warn" role="alert">
            <p>
              {total - done} {total - done === 1 ? 'statement is' : 'statements are'} still unanswered. They will not count against
              you; a part with too few answers will say so instead of showing a score. See your results anyway?
            </p>
          </div>
        )}
        <p class="button-row">
          <button type="button" onClick={finish}>
            {confirming && done < total ? 'Yes, see my results' : 'See my results'}
          </button>
        </p>
        <p class="hint">Your answers are saved in this browser as you go: you can close this page and come back later.</p>
      </div>
    </div>
  );
}
