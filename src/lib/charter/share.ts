import * as v from 'valibot';
import { MAX_TITLE_CHARS, stageSchema, valuesSchema, type CharterDoc, type HandoverStage } from '../docs/charter-doc';
import { agreementNow, writtenValues } from './handover-records';
import { instantSchema } from '../dates';
import { MAX_RECORD_ENTRIES, isTooManyEntries } from '../docs/record-key';
import { docIdSchema } from '../storage/envelope';
import { MAX_TOKEN_CHARS, decodeShare, encodeShare } from '../share';
import type { Translate } from '../i18n/messages';

/** The longest name a link carries (who sent it, and the names on an agreement). */
const MAX_NAME_CHARS = 200;

/** What a charter link carries: the text, not the revision history. */
const sharedSchema = v.object({
  /** The charter's id, so the partner's copy and mine are recognised as one charter. */
  id: docIdSchema,
  title: v.pipe(v.string(), v.maxLength(MAX_TITLE_CHARS)),
  values: valuesSchema,
  /** Who made the link ("Amara Okafor"), to label their version. */
  sharedBy: v.pipe(v.string(), v.maxLength(MAX_NAME_CHARS)),
  /** Which of the two made it, so the partner's saved copy knows it is the other's (absent in older links). */
  sharedAs: v.optional(v.picklist(['mentor', 'mentee'])),
  /** When the link was made. */
  sharedAt: instantSchema,
  /** What the link hands over: a draft, a reply, or the agreed version (absent in older links, read as a draft). */
  stage: v.optional(stageSchema),
  /** With the agreed version: when the two agreed, and their names as written then. */
  agreed: v.optional(v.object({ at: instantSchema, mentor: v.pipe(v.string(), v.maxLength(MAX_NAME_CHARS)), mentee: v.pipe(v.string(), v.maxLength(MAX_NAME_CHARS)) })),
  /** When the charter was last changed before it was shared. */
  updatedAt: instantSchema,
  /** The version both partners last saw (the one the sender last received), for a three-way merge. */
  base: v.optional(v.object({ title: v.pipe(v.string(), v.maxLength(MAX_TITLE_CHARS)), values: valuesSchema })),
});
export type SharedCharter = v.InferOutput<typeof sharedSchema>;

/**
 * What a link carries: the written answers only (an empty field and a missing one read alike), who
 * sends it, what it is, and, for the agreed version, the agreement (`names` as written when agreed).
 */
export function toShared(
  doc: CharterDoc,
  sharedBy: string,
  now: Date,
  sharedAs?: 'mentor' | 'mentee',
  stage: HandoverStage = 'draft',
  names?: { mentor: string; mentee: string },
): SharedCharter {
  const base = doc.data.partner;
  // A name is carried to label a version; one longer than a link holds is cut, never refused at the other end.
  const cut = (name: string) => name.slice(0, MAX_NAME_CHARS);
  const from = { sharedBy: cut(sharedBy), ...(sharedAs ? { sharedAs } : {}), sharedAt: now.toISOString(), stage };
  const agreement = stage === 'agreed' ? (agreementNow(doc.data) ?? (names ? { at: now.toISOString(), ...names } : undefined)) : undefined;
  const agreed = agreement ? { agreed: { at: agreement.at, mentor: cut(agreement.mentor), mentee: cut(agreement.mentee) } } : {};
  return {
    id: doc.id,
    title: doc.data.title,
    values: writtenValues(doc.data.values),
    ...from,
    ...agreed,
    updatedAt: doc.updatedAt,
    ...(base ? { base: { title: base.title, values: writtenValues(base.values) } } : {}),
  };
}

/** The side of a copy saved from a partner's link: the other one from the sender's, when the link says. */
export const receiverSide = (shared: Pick<SharedCharter, 'sharedAs'>): 'mentor' | 'mentee' | undefined =>
  shared.sharedAs === 'mentor' ? 'mentee' : shared.sharedAs === 'mentee' ? 'mentor' : undefined;

/** The token for a charter; rejects with a ShareTooLargeError (one sentence) past the limits of share.ts. */
export const encodeCharter = (shared: SharedCharter): Promise<string> => encodeShare('charter', shared);

export type CharterShareResult = { ok: true; charter: SharedCharter } | { ok: false; error: string; otherKind?: 'reciprocity' | 'charter' };

/** The charter in a link's token, or why it cannot be opened (in the page's language, `t`, for what this module says). */
export async function decodeCharter(token: string, t: Translate): Promise<CharterShareResult> {
  const r = await decodeShare(token, 'charter');
  if (!r.ok) return { ...r, error: t(r.error) };
  const parsed = v.safeParse(sharedSchema, r.value);
  if (!parsed.success) {
    if (parsed.issues.some(isTooManyEntries)) {
      return { ok: false, error: t('charterDoc.share.tooMany', { max: MAX_RECORD_ENTRIES }) };
    }
    return { ok: false, error: t('charterDoc.share.notCharter') };
  }
  return { ok: true, charter: parsed.output };
}

/** A file to send instead of a link that is too long. */
export const SHARE_FILE_FORMAT = 'tandem-share';
/** The largest share file read: the longest token, with room for the file's few other words. */
export const MAX_SHARE_FILE_BYTES = MAX_TOKEN_CHARS + 1024;
export const shareFileText = (token: string): string => JSON.stringify({ format: SHARE_FILE_FORMAT, formatVersion: 1, token }, null, 2);

/** The token inside a share file, or an error message (in the page's language, `t`). */
export function tokenFromFile(text: string, t: Translate): { token: string } | { error: string } {
  try {
    const v = JSON.parse(text) as { format?: unknown; token?: unknown };
    if (v && v.format === SHARE_FILE_FORMAT && typeof v.token === 'string') return { token: v.token };
  } catch {
    // fall through
  }
  return { error: t('charterDoc.share.notCharterFile') };
}
