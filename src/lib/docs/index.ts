import type { DocType } from '../storage/envelope';
import { assessmentDocType } from './assessment-doc';
import { charterDocType } from './charter-doc';
import { reflectionDocType } from './reflection-doc';
import { sessionDocType } from './session-doc';

/** Every kind of document Tandem stores, with its current version and migrations. */
export const DOC_TYPES: readonly DocType<unknown>[] = [charterDocType, assessmentDocType, reflectionDocType, sessionDocType];

export const docTypeFor = (type: string): DocType<unknown> | undefined =>
  DOC_TYPES.find((t) => t.type === type);

export { assessmentDocType, charterDocType, reflectionDocType, sessionDocType };
