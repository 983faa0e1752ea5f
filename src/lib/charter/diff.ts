import { diffWords } from 'diff';
import type { CharterValues } from '../docs/charter-doc';
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
}

export interface SectionChanges {
  id: string;
  title: string;
  fields: FieldChange[];
}

/** Word-by-word changes from `before` to `after`. */
export function wordDiff(before: string, after: string): DiffPart[] {
  return diffWords(before, after).map((p) => ({ text: p.value, change: p.added ? 'added' : p.removed ? 'removed' : 'same' }));
}

/** What changed between two versions of a charter, section by section (unchanged sections left out). */
export function charterChanges(def: CharterDefinition, before: CharterValues, after: CharterValues): SectionChanges[] {
  const out: SectionChanges[] = [];
  for (const s of def.sections) {
    const fields: FieldChange[] = [];
    for (const f of s.fields) {
      const key = fieldKey(s, f);
      if (sameValue(before[key], after[key])) continue;
      const a = readableValue(f, before[key]);
      const b = readableValue(f, after[key]);
      fields.push({ key, label: f.label, before: a, after: b, parts: wordDiff(a, b) });
    }
    if (fields.length) out.push({ id: s.id, title: s.title, fields });
  }
  return out;
}
