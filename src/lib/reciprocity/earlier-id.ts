/**
 * The id the earlier questionnaire (version 1) recorded in every assessment answered with it. Kept
 * apart from ./earlier.ts, which holds that questionnaire's statements, so that knowing an
 * assessment is an earlier one does not load them.
 */
export const EARLIER_ID = 'reciprocity';
