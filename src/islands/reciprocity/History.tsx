import type { AssessmentDoc, Role } from '../../lib/docs/assessment-doc';
import { charterTitle } from '../shared/charter-title';
import { formatDate } from '../../lib/format';
import { assessmentDate, trendGroups } from '../../lib/reciprocity/assessments';
import { charters as charterDocs } from '../../stores/persistence';
import { useBrowserStore } from '../shared/hydration';
import { scoreAssessment, trends } from '../../lib/reciprocity/score';
import { docHref, go } from '../shared/route';
import { Sparkline } from './charts';
import { STAGE_LABEL } from './labels';
import type { ReciprocityConfig } from './types';

/**
 * Past assessments, scored, with the overall and each dimension's trend for each relationship
 * (charter) and role with two or more; earlier questionnaires listed as such.
 */
export default function History({
  config,
  completed,
  earlier,
  other,
  onDelete,
}: {
  config: ReciprocityConfig;
  completed: AssessmentDoc[];
  earlier: AssessmentDoc[];
  /** How many were taken with a questionnaire this handbook does not know. */
  other: number;
  onDelete: (d: AssessmentDoc) => void;
}) {
  const inst = config.instrument;
  const charters = useBrowserStore(charterDocs.$list, []);
  const { groups, unlinked } = trendGroups(completed, inst.id);
  const named = (id: string) => {
    const c = charters.find((x) => x.id === id);
    return c ? `“${charterTitle(c)}”` : 'a charter no longer here';
  };
  const all = [...completed, ...earlier].sort((a, b) => assessmentDate(b).localeCompare(assessmentDate(a)));
  const otherNote = other > 0 && (
    <p class="hint">
      {other === 1 ? 'One assessment was' : `${other} assessments were`} taken with a questionnaire this version of the handbook does not know.{' '}
      {other === 1 ? 'It is' : 'They are'} kept, and listed on <a href={`${config.base}my-data/`}>My data</a>, but not scored or compared here.
    </p>
  );
  if (completed.length + earlier.length === 0) return otherNote || null;
  return (
    <section class="panel history" aria-labelledby="history-title">
      {otherNote}
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
                  {STAGE_LABEL(inst, d.data.stage)}. Earlier questionnaire{d.data.status === 'draft' ? ', not finished' : ''}: it opens and prints on its own, but is
                  not compared with the current questionnaire or included in the trends below.
                </p>
              )}
              <p>
                <button type="button" class="danger small" onClick={() => onDelete(d)}>
                  Delete<span class="visually-hidden"> the assessment of {when} as the {d.data.role}</span>
                </button>
              </p>
            </li>
          );
        })}
      </ul>
      {groups.map(({ charterId, role, docs }) =>
        docs.length < 2 ? null : <TrendTable key={`${charterId}-${role}`} config={config} role={role} about={named(charterId)} docs={docs} />,
      )}
      {unlinked > 1 && (
        <p class="hint unlinked-note">
          {unlinked} of these assessments are not linked to a charter, so they are not followed over time: they may be about different relationships.
          To follow one relationship, open each result and choose its charter under “Which relationship is this about?”.
        </p>
      )}
    </section>
  );
}

function TrendTable({ config, role, about, docs }: { config: ReciprocityConfig; role: Role; about: string; docs: AssessmentDoc[] }) {
  const history = docs.map((d) => ({ instrument: d.data.instrument, date: assessmentDate(d), role: d.data.role, stage: d.data.stage, answers: d.data.answers }));
  const all = trends(config.instrument, history);
  const rows = [all.overall, ...all.dimensions].map((x) => ({ ...x, points: x.points.slice(-6) }));
  const dates = rows[0]?.points.map((p) => p.date) ?? [];
  return (
    <div class="trend">
      <h3>
        How your answers as the {role} have changed: {about}
      </h3>
      <p class="hint">
        A change reads “about the same” when one answer moved one step could explain it: the fewer answers a part rests on, the larger a change has to be (at least{' '}
        {config.instrument.trendThreshold} points).
      </p>
      {all.overall.note && <p class="hint">{all.overall.note}</p>}
      <div class="table-scroll">
        <table class="data-table">
          <caption class="visually-hidden">
            The overall score and each dimension’s at each assessment as the {role}, {about}, oldest first
          </caption>
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
