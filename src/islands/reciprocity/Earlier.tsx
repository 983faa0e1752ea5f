import { useEffect, useRef } from 'preact/hooks';
import type { Answer, Role, Stage } from '../../lib/docs/assessment-doc';
import { formatDate } from '../../lib/format';
import { earlier, scoreEarlier } from '../../lib/reciprocity/earlier';
import { go } from '../shared/route';
import { STAGE_LABEL } from './labels';
import type { ReciprocityConfig } from './types';

/** The note every earlier assessment carries, on screen and on paper. */
export const EARLIER_NOTE =
  'This was answered with the earlier questionnaire, whose statements asked different things from the current one. Its answers are kept as they were, and it opens, prints and exports, but it is never compared with the current questionnaire or shown in its trends.';

interface Props {
  config: ReciprocityConfig;
  /** Whose answers: mine (a stored assessment) or a partner's (from a link, with their first name). */
  who: { mine: true; status: 'draft' | 'complete' } | { mine: false; name: string };
  role: Role;
  stage: Stage;
  date: string;
  answers: Readonly<Record<string, Answer>>;
}

/**
 * An assessment answered with the earlier questionnaire (version 1), read-only: its scores as that
 * questionnaire worked them out, and, for one's own, every statement with its answer. This view,
 * and the earlier questionnaire's statements, load only when one is opened (see ./lazy.tsx).
 */
export default function Earlier({ config, who, role, stage, date, answers }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    // Take focus unless something on this view has it (route.ts may have put it on the page's title while this view loaded).
    if (document.activeElement === document.body || !document.activeElement?.isConnected || document.activeElement.matches('#main h1')) heading.current?.focus();
  }, []);

  const partnerName = who.mine ? '' : who.name.trim() || `Your ${role}`;
  const title = who.mine ? 'Your results from the earlier questionnaire' : `${partnerName}’s results from the earlier questionnaire`;
  const r = scoreEarlier(role, answers);

  return (
    <div class="results earlier">
      <div class="print-header" aria-hidden="true">
        <span>{earlier.title} (earlier questionnaire)</span>
        <span>{formatDate(date)}</span>
      </div>
      <h2 id="results-title" tabIndex={-1} ref={heading}>
        {title}
      </h2>
      <p class="meta-line">
        As the {role}, {STAGE_LABEL(config.instrument, stage).toLowerCase()}, {formatDate(date)}
        {who.mine && who.status === 'draft' ? ' (not finished)' : ''}.
      </p>
      <div class="notice earlier-note">
        <p>
          <strong>Earlier questionnaire.</strong> {EARLIER_NOTE}
        </p>
        {!who.mine && <p>To compare, both of you answer the current questionnaire, and {partnerName} sends you a new link.</p>}
      </div>
      <p class="framing">{config.instrument.framing}</p>

      <section aria-labelledby="earlier-overall">
        <h3 id="earlier-overall">Scores as the earlier questionnaire worked them out</h3>
        <p>
          Overall: {r.overall === null ? `no score (it needs ${earlier.minDimensions} dimensions with a score)` : `${r.overall} out of 100`} ({r.answered}{' '}
          of {r.total} statements answered on the agree–disagree scale).
        </p>
        <table class="data-table">
          <caption class="visually-hidden">Each dimension’s score in the earlier questionnaire</caption>
          <thead>
            <tr>
              <th scope="col">Dimension</th>
              <th scope="col">Score out of 100</th>
            </tr>
          </thead>
          <tbody>
            {r.dimensions.map((d) => (
              <tr key={d.id}>
                <th scope="row">{d.title}</th>
                <td>{d.score ?? `too few answers (${d.answered} of ${d.statements.length})`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      {who.mine && (
        <section aria-labelledby="earlier-answers">
          <h3 id="earlier-answers">Your answers</h3>
          {r.dimensions.map((d) => (
            <div key={d.id} class="earlier-dimension">
              <h4>{d.title}</h4>
              <ul class="earlier-answers">
                {d.statements.map((s) => (
                  <li key={s.id}>
                    {s.text} <strong>{s.answer || 'Not answered'}</strong>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      )}

      <p class="button-row no-print">
        <button type="button" class="secondary" onClick={() => window.print()}>
          Print
        </button>
        <a class="button secondary" href={location.pathname} onClick={(e) => go(e, null)}>
          {who.mine ? 'Take the current questionnaire' : 'Back to the self-assessment'}
        </a>
      </p>
    </div>
  );
}
