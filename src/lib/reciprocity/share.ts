import * as v from 'valibot';
import { MAX_NAME_CHARS, ROLES, STAGES, answersSchema, type AssessmentDoc } from '../docs/assessment-doc';
import { MAX_RECORD_ENTRIES, isTooManyEntries } from '../docs/record-key';
import { instantSchema } from '../dates';
import { decodeShare, encodeShare } from '../share';
import type { Translate } from '../i18n/messages';
import { EARLIER_ID, VERSION_2_ID } from './earlier-id';

/** What a "compare with my partner" link carries: one completed assessment, nothing else. */
const sharedSchema = v.object({
  /** The questionnaire the answers belong to. */
  instrument: v.pipe(v.string(), v.maxLength(120)),
  /** The partner's first name (may be empty). */
  name: v.pipe(v.string(), v.maxLength(MAX_NAME_CHARS)),
  role: v.picklist(ROLES),
  stage: v.picklist(STAGES),
  /** When it was completed. */
  date: instantSchema,
  answers: answersSchema,
});
export type SharedResults = v.InferOutput<typeof sharedSchema>;

export function toSharedResults(doc: AssessmentDoc): SharedResults {
  const d = doc.data;
  return { instrument: d.instrument, name: d.name, role: d.role, stage: d.stage, date: d.completedAt ?? doc.updatedAt, answers: d.answers };
}

export const encodeResults = (r: SharedResults): Promise<string> => encodeShare('reciprocity', r);

/**
 * What a results link holds, and which questionnaire it was answered with: `current` can be
 * compared; `earlier` (version 1) opens read-only, never compared with the current questionnaire.
 */
export type ResultsShareResult =
  | { ok: true; results: SharedResults; questionnaire: 'current' | 'earlier' }
  | { ok: false; error: string; otherKind?: 'charter' | 'reciprocity' };

export async function decodeResults(token: string, instrumentId: string, t: Translate): Promise<ResultsShareResult> {
  const r = await decodeShare(token, 'reciprocity');
  if (!r.ok) return r;
  const parsed = v.safeParse(sharedSchema, r.value);
  if (!parsed.success) {
    if (parsed.issues.some(isTooManyEntries)) {
      return { ok: false, error: t('reciprocity.share.tooMany', { max: MAX_RECORD_ENTRIES }) };
    }
    return { ok: false, error: t('reciprocity.share.unreadable') };
  }
  if (parsed.output.instrument === instrumentId) return { ok: true, results: parsed.output, questionnaire: 'current' };
  if (parsed.output.instrument === EARLIER_ID) return { ok: true, results: parsed.output, questionnaire: 'earlier' };
  if (parsed.output.instrument === VERSION_2_ID) {
    return { ok: false, error: t('reciprocity.share.version2') };
  }
  return { ok: false, error: t('reciprocity.share.otherQuestionnaire') };
}
