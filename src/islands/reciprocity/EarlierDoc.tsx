import type { AssessmentDoc } from '../../lib/docs/assessment-doc';
import { EARLIER_ID } from '../../lib/reciprocity/earlier-id';
import { VERSION_2 } from '../../lib/reciprocity/version-2';
import Earlier from './Earlier';
import Results from './Results';
import type { ReciprocityConfig } from './types';
import { useT } from '../shared/i18n';

/**
 * One's own assessment answered with an earlier questionnaire, read-only: version 1 with its own
 * view, version 2 with the results view and that version's statements. This module, and the
 * earlier questionnaires' statements, load only when one is opened.
 */
export default function EarlierDoc({ config, doc }: { config: ReciprocityConfig; doc: AssessmentDoc }) {
  const t = useT();
  const d = doc.data;
  if (d.instrument === EARLIER_ID) return <Earlier config={config} who={{ mine: true, status: d.status }} role={d.role} stage={d.stage} date={d.completedAt ?? doc.updatedAt} answers={d.answers} />;
  // The note every assessment answered with version 2 carries, on screen and on paper; one never finished cannot be answered any more.
  const note = doc.data.status === 'draft' ? t('reciprocity.earlier.version2Unfinished') : t('reciprocity.earlier.version2');
  return <Results config={{ ...config, instrument: VERSION_2, steps: {} }} doc={doc} earlierNote={note} />;
}
