/** The messages of the storage layer and of share links in English, as the tools show them. */
import { say, type Said } from '../../src/lib/storage/said';
import { enT } from './strings';

/** A message in English: a Said, or a key of the interface's strings (a sentence already in words stays as it is). */
export const inEnglish = (message: string | Said): string => (typeof message !== 'string' ? say(enT, message) : enT(message));

/** A result with its `error` (and `reason`, when it is a message) in English, to compare with the words people see. */
export function english<R extends object>(r: R): R {
  const out = { ...r } as Record<string, unknown>;
  for (const field of ['error', 'reason']) {
    const v = out[field];
    if (typeof v === 'object' && v !== null) out[field] = say(enT, v as Said);
    else if (field === 'error' && typeof v === 'string') out[field] = inEnglish(v);
  }
  return out as unknown as R;
}
