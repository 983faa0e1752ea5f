import type { AssessmentDoc, Role } from '../../lib/docs/assessment-doc';
import { formatDate } from '../../lib/format';
import { assessmentDate } from '../../lib/reciprocity/assessments';
import { scoreAssessment, trends } from '../../lib/reciprocity/score';
import { docHref, go } from '../shared/route';
import { Sparkline } from './charts';
import { STAGE_LABEL } from './labels';
import type { ReciprocityConfig } from './types';

/** Past assessments, scored, with the overall and each dimension's trend for a role with two or more; earlier questionnaires listed as such. */
export default function History({ config, completed, earlier, onDelete }: { config: ReciprocityConfig; completed: AssessmentDoc[]; earlier: AssessmentDoc[]; onDelete: (d: AssessmentDoc) => void }) {
  const inst = config.instrument;
  const byRole = (['mentee', 'mentor'] as const).map((role) => ({ role, docs: completed.filter((d) => d.data.role === role) })).filter((g) => g.docs.length);
  const all = [...completed, ...earlier].sort((a, b) => assessmentDate(b).localeCompare(assessmentDate(a)));
  return (
    <section class="panel history" aria-labelledby="history-title">
      <h2 id="history-title" tabIndex={-1}>
        Your past assessments
      </h2>
      <ul class="doc-cards">
        {all.map((d) => {
          const isEarlier = d.data.instrument !== inst.id;
          const when = formatDate(assessmentDate(d));
          const r = isEarlier ? null : scoreAssessment(inst, d.data.role, d.data.stage, d.data.answers);
          return (
            <li key={d.id} class="card">
              <h3>
                <a href={docHref(d.id)} onClick={(e) => go(e, d.id)}>
                  {when}: as the {d.data.role}
                  {isEarlier ? ' (earlier questionnaire)' : ''}
                </a>
              </h3>
              {r ? (
                <p>
                  {STAGE_LABEL(inst, d.data.stage)}.{' '}
                  {r.overall === null ? 'Too few answers for an overall score.' : `Overall ${r.overall}${r.overallBand ? ` (${r.overallBand.label.toLowerCase()})` : ''}. ${r.balance.text}`}
                </p>
              ) : (
                <p>
                  {STAGE_LABEL(inst, d.data.stage)}. Earlier questionnaire{d.data.status === 'draft' ? ', not finished' : ''}: it opens and prints as it was, but is
                  not compared with the current questionnaire or included in the trends below.
                </p>
              )}
              <p>
                <button type="button" class="danger small" onClick={() => onDelete(d)}>
                  Delete<span class="visually-hidden"> the assessment of {when}</span>
                </button>
              </p>
            </li>
          );
        })}
      </ul>
      {byRole.map(({ role, docs }) =>
        docs.length < 2 ? null : (
          <TrendTable key={role} config={config} role={role} docs={docs} />
        ),
      )}
    </section>
  );
}

function TrendTable({ config, role, docs }: { config: ReciprocityConfig; role: Role; docs: AssessmentDoc[] }) {
  const history = docs.map((d) => ({ instrument: d.data.instrument, date: assessmentDate(d), role: d.data.role, stage: d.data.stage, answers: d.data.answers }));
  const all = trends(config.instrument, history);
  const rows = [all.overall, ...all.dimensions].map((x) => ({ ...x, points: x.points.slice(-6) }));
  const dates = rows[0]?.points.map((p) => p.date) ?? [];
  return (
    <div class="trend">
      <h3>How your answers as the {role} have changed</h3>
      <p class="hint">
        A change of less than {config.instrument.trendThreshold} points reads “about the same”: a short questionnaire like this one cannot
        show a smaller difference reliably.
      </p>
      <div class="table-scroll">
        <table class="data-table">
          <caption class="visually-hidden">The overall score and each dimension’s at each assessment as the {role}, oldest first</caption>
          <thead>
            <tr>
              <th scope="col">Dimension</th>
              {dates.map((d, i) => (
                <th key={i} scope="col">
                  {formatDate(d)}
                </th>
              ))}
              <th scope="col">Change</th>
              <th scope="col">
                <span class="visually-hidden">Trend line</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <th scope="row">{row.title}</th>
                {row.points.map((p, i) => (
                  <td key={i}>{p.score ?? '–'}</td>
                ))}
                <td>{row.text}</td>
                <td>
                  <Sparkline values={row.points.map((p) => p.score)} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
