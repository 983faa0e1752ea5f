import type { AssessmentDoc } from '../../lib/docs/assessment-doc';
import { EARLIER_ID } from '../../lib/reciprocity/earlier-id';
import { VERSION_2 } from '../../lib/reciprocity/version-2';
import Earlier from './Earlier';
import Results from './Results';
import type { ReciprocityConfig } from './types';

/** The note every assessment answered with version 2 carries, on screen and on paper. */
export const VERSION_2_NOTE =
  'This was answered with an earlier version of the questionnaire, whose statements asked different things and had no time frame. It is scored with that version’s statements and today’s rules (each part follows its weaker direction), so the scores may differ from those shown when it was taken. It opens, prints and exports, but it is never compared with the current questionnaire or shown in its trends.';
/** Added for one never finished: it cannot be answered any more. */
const UNFINISHED = ' It was never finished, and its statements can no longer be answered: to go on, start a new assessment with the current questionnaire.';

/**
 * One's own assessment answered with an earlier questionnaire, read-only: version 1 with its own
 * view, version 2 with the results view and that version's statements. This module, and the
 * earlier questionnaires' statements, load only when one is opened.
 */
export default function EarlierDoc({ config, doc }: { config: ReciprocityConfig; doc: AssessmentDoc }) {
  const d = doc.data;
  if (d.instrument === EARLIER_ID) return <Earlier config={config} who={{ mine: true, status: d.status }} role={d.role} stage={d.stage} date={d.completedAt ?? doc.updatedAt} answers={d.answers} />;
  return <Results config={{ ...config, instrument: VERSION_2, steps: {} }} doc={doc} earlierNote={VERSION_2_NOTE + (doc.data.status === 'draft' ? UNFINISHED : '')} />;
}
