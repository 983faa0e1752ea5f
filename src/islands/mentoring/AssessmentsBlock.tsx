import type { AssessmentDoc } from '../../lib/docs/assessment-doc';
import type { Instrument } from '../../lib/reciprocity/schema';
import { assessmentSummaries } from '../../lib/relationship/assessment-summary';
import { useT } from '../shared/i18n';

interface Props {
  instrument: Instrument;
  assessments: readonly AssessmentDoc[];
  base: string;
}

/**
 * A relationship's self-assessments on its panel: for each role, the latest score, band and
 * balance, the trend since the one before, and whether a partner comparison exists. Its scoring
 * code loads with the first panel that has a completed assessment.
 */
export default function AssessmentsBlock({ instrument, assessments, base }: Props) {
  const t = useT();
  const lower = (s: string) => s.toLocaleLowerCase(t.lang);
  const summaries = assessmentSummaries(instrument, assessments, t);
  return (
    <ul>
      {summaries.map((s) => {
        const latest = s.latest;
        const score = latest && (latest.overall === null ? t('mentoring.assessments.noScore') : latest.band ? t('mentoring.assessments.scoreBand', { score: latest.overall, band: lower(latest.band) }) : t('mentoring.assessments.score', { score: latest.overall }));
        const sep = t('mentoring.assessments.separator');
        const result = latest && [score, latest.balance ? lower(latest.balance) : ''].filter(Boolean).join(sep);
        const details =
          latest &&
          [
            t('mentoring.assessments.latest', { date: t.date(latest.date) }),
            s.count > 1 ? t('mentoring.assessments.taken', { count: s.count, trend: s.trend ?? s.trendNote ?? t('mentoring.assessments.noTrend') }) : '',
            latest.compared ? t('mentoring.assessments.compared') : '',
          ]
            .filter(Boolean)
            .join(sep);
        return (
          <li key={s.role}>
            <strong>{s.role === 'mentee' ? t('mentoring.assessments.asMentee') : t('mentoring.assessments.asMentor')}</strong>{' '}
            {latest ? (
              <>
                {t('mentoring.assessments.line', { result: result!, details: details! })}{' '}
                <a class="no-print" href={`${base}tools/reciprocity/?id=${latest.id}`}>
                  {t('mentoring.assessments.results')}
                  <span class="visually-hidden">{s.role === 'mentee' ? t('mentoring.assessments.resultsMoreMentee') : t('mentoring.assessments.resultsMoreMentor')}</span>
                </a>
              </>
            ) : (
              t('mentoring.assessments.earlierOnly')
            )}
            {latest && s.otherRelationships > 0 && (
              <span class="hint">
                {' '}
                {latest.charterId ? t('mentoring.assessments.otherRelationship', { count: s.otherRelationships }) : t('mentoring.assessments.otherGone', { count: s.otherRelationships })}
              </span>
            )}
            {latest && s.otherQuestionnaire > 0 && (
              <span class="hint">
                {' '}
                {t('mentoring.assessments.otherQuestionnaire', { count: s.otherQuestionnaire })}
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
