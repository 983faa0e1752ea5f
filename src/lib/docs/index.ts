import type { DocType } from '../storage/envelope';
import { assessmentDocType } from './assessment-doc';
import { charterDocType } from './charter-doc';
import { reflectionDocType } from './reflection-doc';
import { sessionDocType } from './session-doc';

/** Every kind of document Tandem stores, with its current version and migrations. */
export const DOC_TYPES: readonly DocType<unknown>[] = [charterDocType, assessmentDocType, reflectionDocType, sessionDocType];

export const docTypeFor = (type: string): DocType<unknown> | undefined =>
  DOC_TYPES.find((t) => t.type === type);

/** Every kind of document, named in one sentence: "charters, reciprocity self-assessments, reflection entries and session records". */
export function everyKind(): string {
  const names = DOC_TYPES.map((t) => t.plural.toLowerCase());
  return names.length < 2 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

export { assessmentDocType, charterDocType, reflectionDocType, sessionDocType };
