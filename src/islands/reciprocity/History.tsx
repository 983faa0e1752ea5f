import type { AssessmentDoc, Role } from '../../lib/docs/assessment-doc';
import { formatDate } from '../../lib/format';
import { scoreAssessment, trends } from '../../lib/reciprocity/score';
import { docHref, go } from '../shared/route';
import { Sparkline } from './charts';
import { STAGE_LABEL } from './labels';
import type { ReciprocityConfig } from './types';

/** Past assessments, scored, with each dimension's trend for a role with two or more. */
export default function History({ config, completed, onDelete }: { config: ReciprocityConfig; completed: AssessmentDoc[]; onDelete: (d: AssessmentDoc) => void }) {
  const inst = config.instrument;
  const byRole = (['mentee', 'mentor'] as const).map((role) => ({ role, docs: completed.filter((d) => d.data.role === role) })).filter((g) => g.docs.length);
  return (
    <section class="panel history" aria-labelledby="history-title">
      <h2 id="history-title" tabIndex={-1}>
        Your past assessments
      </h2>
      <ul class="doc-cards">
        {completed.map((d) => {
          const r = scoreAssessment(inst, d.data.role, d.data.stage, d.data.answers);
          const when = formatDate(d.data.completedAt ?? d.updatedAt);
          return (
            <li key={d.id} class="card">
              <h3>
                <a href={docHref(d.id)} onClick={(e) => go(e, d.id)}>
                  {when}: as the {d.data.role}
                </a>
              </h3>
              <p>
                {STAGE_LABEL(inst, d.data.stage)}. Overall {r.overall ?? '–'}
                {r.overallBand ? ` (${r.overallBand.label.toLowerCase()})` : ''}. {r.balance.text}
              </p>
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
  const history = docs.map((d) => ({ date: d.data.completedAt ?? d.updatedAt, role: d.data.role, stage: d.data.stage, answers: d.data.answers }));
  const t = trends(config.instrument, history).map((x) => ({ ...x, points: x.points.slice(-6) }));
  const dates = t[0]?.points.map((p) => p.date) ?? [];
  return (
    <div class="trend">
      <h3>How your answers as the {role} have changed</h3>
      <div class="table-scroll">
        <table class="data-table">
          <caption class="visually-hidden">Each dimension’s score at each assessment as the {role}, oldest first</caption>
          <thead>
            <tr>
              <th scope="col">Dimension</th>
              {dates.map((d) => (
                <th key={d} scope="col">
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
            {t.map((row) => (
              <tr key={row.id}>
                <th scope="row">{row.title}</th>
                {row.points.map((p) => (
                  <td key={p.date}>{p.score ?? '–'}</td>
                ))}
                <td>{row.change === null ? '–' : row.change > 0 ? `+${row.change}` : row.change === 0 ? 'no change' : row.change}</td>
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
