import type { AssessmentDoc } from '../../lib/docs/assessment-doc';
import { formatDate } from '../../lib/format';
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
  const summaries = assessmentSummaries(instrument, assessments, useT());
  return (
    <ul>
      {summaries.map((s) => (
        <li key={s.role}>
          <strong>As the {s.role}:</strong>{' '}
          {s.latest ? (
            <>
              {s.latest.overall === null ? 'too few answers for an overall score' : `${s.latest.overall} out of 100${s.latest.band ? `, ${s.latest.band.toLowerCase()}` : ''}`}
              {s.latest.balance ? `; ${s.latest.balance.toLowerCase()}` : ''} (latest, {formatDate(s.latest.date)}
              {s.count > 1 ? `; ${s.count} taken so far, ${s.trend ?? s.trendNote ?? 'no trend yet'}` : ''}
              {s.latest.compared ? '; compared with your partner’s' : ''}).{' '}
              <a class="no-print" href={`${base}tools/reciprocity/?id=${s.latest.id}`}>
                See the results<span class="visually-hidden"> as the {s.role}</span>
              </a>
            </>
          ) : (
            'answered only with an earlier questionnaire, which is not scored against the current one.'
          )}
          {s.latest && s.otherRelationships > 0 && (
            <span class="hint">
              {' '}
              {s.otherRelationships === 1 ? 'One more is' : `${s.otherRelationships} more are`} about{' '}
              {s.latest.charterId ? 'another relationship or none' : 'a charter no longer here'}, and {s.otherRelationships === 1 ? 'is' : 'are'} not counted with it.
            </span>
          )}
          {s.latest && s.otherQuestionnaire > 0 && (
            <span class="hint">
              {' '}
              {s.otherQuestionnaire === 1 ? 'One more was' : `${s.otherQuestionnaire} more were`} answered with an earlier questionnaire and {s.otherQuestionnaire === 1 ? 'is' : 'are'} not part of the trend.
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
