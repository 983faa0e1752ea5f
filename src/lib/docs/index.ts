import type { Translate } from '../i18n/messages';
import type { DocType } from '../storage/envelope';
import { kindWords } from '../storage/kinds';
import { assessmentDocType } from './assessment-doc';
import { charterDocType } from './charter-doc';
import { reflectionDocType } from './reflection-doc';
import { sessionDocType } from './session-doc';

/** Every kind of document Tandem stores, with its current version and migrations. */
export const DOC_TYPES: readonly DocType<unknown>[] = [charterDocType, assessmentDocType, reflectionDocType, sessionDocType];

export const docTypeFor = (type: string): DocType<unknown> | undefined =>
  DOC_TYPES.find((t) => t.type === type);

/** Every kind of document, named in one list in the language of `t`: "charters, reciprocity self-assessments, reflection entries and session records". */
export function everyKind(t: Translate): string {
  return t.list(DOC_TYPES.map((d) => t(kindWords(d.type).all)));
}

/**
 * What is kept, counted by kind in the order given, in one list in the language of `t`: "2 charters,
 * 3 reflection entries and 1 session record".
 */
export function keptCounts(t: Translate, counts: readonly (readonly [type: string, count: number])[]): string {
  return t.list(counts.map(([type, count]) => t(kindWords(type).count, { count })));
}

export { assessmentDocType, charterDocType, reflectionDocType, sessionDocType };
