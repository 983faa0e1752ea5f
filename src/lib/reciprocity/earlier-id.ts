/**
 * The ids earlier questionnaires recorded in every assessment answered with them. Kept apart from
 * the modules that hold those questionnaires' statements (./earlier.ts, ./version-2.ts), so that
 * knowing an assessment is an earlier one does not load them.
 */
/** Version 1, on an agree–disagree scale. */
export const EARLIER_ID = 'reciprocity';
/** Version 2, the first paired questionnaire. */
export const VERSION_2_ID = 'reciprocity-2';
/** Every questionnaire this handbook has shipped before, oldest first. */
export const EARLIER_IDS: readonly string[] = [EARLIER_ID, VERSION_2_ID];
