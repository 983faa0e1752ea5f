import type { AssessmentDoc, Role } from '../../lib/docs/assessment-doc';
import { charterTitle } from '../shared/charter-title';
import { assessmentDate, trendGroups } from '../../lib/reciprocity/assessments';
import { charters as charterDocs } from '../../stores/persistence';
import { useBrowserStore } from '../shared/hydration';
import { scoreAssessment, trends } from '../../lib/reciprocity/score';
import { docHref, go } from '../shared/route';
import { Rich, useT } from '../shared/i18n';
import { Sparkline } from './charts';
import { AS_ROLE, STAGE_LABEL } from './labels';
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
  const t = useT();
  const inst = config.instrument;
  const charters = useBrowserStore(charterDocs.$list, []);
  const { groups, unlinked } = trendGroups(completed, inst.id);
  const named = (id: string) => {
    const c = charters.find((x) => x.id === id);
    return c ? t('reciprocity.history.charterQuoted', { title: charterTitle(c) }) : t('reciprocity.history.charterGone');
  };
  const all = [...completed, ...earlier].sort((a, b) => assessmentDate(b).localeCompare(assessmentDate(a)));
  const otherNote = other > 0 && (
    <p class="hint">
      <Rich k="reciprocity.history.otherQuestionnaire" params={{ count: other }} slots={{ myData: <a href={`${config.base}my-data/`}>{t('reciprocity.history.myData')}</a> }} />
    </p>
  );
  if (completed.length + earlier.length === 0) return otherNote || null;
  return (
    <section class="panel history" aria-labelledby="history-title">
      {otherNote}
      <h2 id="history-title" tabIndex={-1}>
        {t('reciprocity.history.title')}
      </h2>
      <ul class="doc-cards">
        {all.map((d) => {
          const isEarlier = d.data.instrument !== inst.id;
          const params = { date: t.date(assessmentDate(d)), asRole: t(AS_ROLE[d.data.role]), stage: STAGE_LABEL(inst, d.data.stage) };
          const r = isEarlier ? null : scoreAssessment(inst, d.data.role, d.data.stage, d.data.answers, t);
          return (
            <li key={d.id} class="card">
              <h3>
                <a href={docHref(d.id)} onClick={(e) => go(e, d.id)}>
                  {isEarlier ? t('reciprocity.history.cardEarlier', params) : t('reciprocity.history.card', params)}
                </a>
              </h3>
              {r ? (
                <p>
                  {r.overall === null
                    ? t('reciprocity.history.tooFew', params)
                    : r.overallBand
                      ? t('reciprocity.history.overallBand', { ...params, score: r.overall, band: r.overallBand.label.toLowerCase(), balance: r.balance.text })
                      : t('reciprocity.history.overall', { ...params, score: r.overall, balance: r.balance.text })}
                </p>
              ) : (
                <p>{d.data.status === 'draft' ? t('reciprocity.history.earlierDraft', params) : t('reciprocity.history.earlier', params)}</p>
              )}
              <p>
                <button type="button" class="danger small" onClick={() => onDelete(d)}>
                  {t('reciprocity.history.delete')}
                  <span class="visually-hidden"> {t('reciprocity.history.deleteWhich', params)}</span>
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
        <p class="hint unlinked-note">{t('reciprocity.history.unlinked', { count: unlinked })}</p>
      )}
    </section>
  );
}

function TrendTable({ config, role, about, docs }: { config: ReciprocityConfig; role: Role; about: string; docs: AssessmentDoc[] }) {
  const t = useT();
  const history = docs.map((d) => ({ instrument: d.data.instrument, date: assessmentDate(d), role: d.data.role, stage: d.data.stage, answers: d.data.answers }));
  const all = trends(config.instrument, history, t);
  const asRole = t(AS_ROLE[role]);
  const rows = [all.overall, ...all.dimensions].map((x) => ({ ...x, points: x.points.slice(-6) }));
  const dates = rows[0]?.points.map((p) => p.date) ?? [];
  return (
    <div class="trend">
      <h3>{t('reciprocity.trend.heading', { asRole, about })}</h3>
      <p class="hint">{t('reciprocity.trend.hint', { count: config.instrument.trendThreshold })}</p>
      {all.overall.note && <p class="hint">{all.overall.note}</p>}
      <div class="table-scroll">
        <table class="data-table">
          <caption class="visually-hidden">{t('reciprocity.trend.caption', { asRole, about })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('reciprocity.dimension')}</th>
              {dates.map((d, i) => (
                <th key={i} scope="col">
                  {t.date(d)}
                </th>
              ))}
              <th scope="col">{t('reciprocity.trend.change')}</th>
              <th scope="col">
                <span class="visually-hidden">{t('reciprocity.trend.line')}</span>
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
