import { diffWords } from 'diff';
import type { CharterValues } from '../docs/charter-doc';
import type { Translate } from '../i18n/messages';
import { fieldKey } from './definition';
import type { CharterDefinition } from './schema';
import { readableValue } from './text';
import { sameValue } from './values';

export interface DiffPart {
  text: string;
  change: 'same' | 'added' | 'removed';
}

export interface FieldChange {
  key: string;
  label: string;
  before: string;
  after: string;
  parts: DiffPart[];
  /** The comparison took too long (the text was rewritten from scratch): shown as all removed, all added. */
  rewritten: boolean;
}

export interface SectionChanges {
  id: string;
  title: string;
  fields: FieldChange[];
}

/**
 * Word-by-word changes from `before` to `after`, or null when that takes longer than `timeoutMs`
 * (a long text rewritten from scratch can take seconds, and would freeze the page).
 */
export function wordDiff(before: string, after: string, timeoutMs = 400): DiffPart[] | null {
  const parts = diffWords(before, after, { timeout: Math.max(1, timeoutMs) });
  return parts ? parts.map((p) => ({ text: p.value, change: p.added ? 'added' : p.removed ? 'removed' : 'same' })) : null;
}

/** A field shown as rewritten entirely: the old text removed, the new text added. */
const rewrittenParts = (before: string, after: string): DiffPart[] => [
  ...(before ? [{ text: before, change: 'removed' as const }] : []),
  ...(after ? [{ text: after, change: 'added' as const }] : []),
];

/**
 * What changed between two versions of a charter, section by section (unchanged sections left
 * out), the values read as text in the page's language. The whole comparison gets about `budgetMs`;
 * a field that would take longer is shown as rewritten entirely.
 */
export function charterChanges(t: Translate, def: CharterDefinition, before: CharterValues, after: CharterValues, budgetMs = 1500, now: () => number = Date.now): SectionChanges[] {
  const deadline = now() + budgetMs;
  const out: SectionChanges[] = [];
  for (const s of def.sections) {
    const fields: FieldChange[] = [];
    for (const f of s.fields) {
      const key = fieldKey(s, f);
      if (sameValue(before[key], after[key])) continue;
      const a = readableValue(t, f, before[key]);
      const b = readableValue(t, f, after[key]);
      const parts = wordDiff(a, b, Math.min(400, deadline - now()));
      fields.push({ key, label: f.label, before: a, after: b, parts: parts ?? rewrittenParts(a, b), rewritten: parts === null });
    }
    if (fields.length) out.push({ id: s.id, title: s.title, fields });
  }
  return out;
}
