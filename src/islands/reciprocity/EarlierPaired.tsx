import type { AssessmentDoc } from '../../lib/docs/assessment-doc';
import { VERSION_2 } from '../../lib/reciprocity/version-2';
import Results from './Results';
import type { ReciprocityConfig } from './types';

/** The note every assessment answered with version 2 carries, on screen and on paper. */
export const VERSION_2_NOTE =
  'This was answered with an earlier version of the questionnaire, whose statements asked different things and had no time frame. It is scored as that version was, and it opens, prints and exports, but it is never compared with the current questionnaire or shown in its trends.';

/**
 * An assessment answered with the paired questionnaire's version 2, read-only, scored with that
 * version's statements. This view, and version 2's statements, load only when one is opened.
 */
export default function EarlierPaired({ config, doc }: { config: ReciprocityConfig; doc: AssessmentDoc }) {
  return <Results config={{ ...config, instrument: VERSION_2, steps: {} }} doc={doc} earlierNote={VERSION_2_NOTE} />;
}
