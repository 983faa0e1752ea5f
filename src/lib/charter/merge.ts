/**
 * Merging a partner's version of a charter into mine. Pure: the result is built from the newest
 * stored copy of my charter at the moment of saving, never from what a screen showed earlier.
 */
import type { CharterData, CharterValues, FieldValue } from '../docs/charter-doc';
import { fieldKey } from './definition';
import type { CharterDefinition, FieldDef } from './schema';
import { sameValue } from './values';

export type MergePick = 'theirs' | 'mine' | 'merged';

export interface FieldDifference {
  sectionTitle: string;
  field: FieldDef;
  key: string;
  theirs: FieldValue | undefined;
  mine: FieldValue | undefined;
}

/** The fields, in the charter's order, where the two versions differ. */
export function differences(def: CharterDefinition, mine: CharterValues, theirs: CharterValues): FieldDifference[] {
  const out: FieldDifference[] = [];
  for (const s of def.sections) {
    for (const f of s.fields) {
      const key = fieldKey(s, f);
      if (!sameValue(theirs[key], mine[key])) out.push({ sectionTitle: s.title, field: f, key, theirs: theirs[key], mine: mine[key] });
    }
  }
  return out;
}

/**
 * Apply the choices to my newest stored data: for each field, their value, mine (unchanged), or a
 * combined text. Fields not listed in `picks` keep my current value, even if it changed meanwhile.
 */
export function applyMerge(mine: CharterData, theirs: CharterValues, picks: Record<string, MergePick>, combined: Record<string, string>): CharterValues {
  const values: CharterValues = { ...mine.values };
  for (const [key, pick] of Object.entries(picks)) {
    if (pick === 'theirs') {
      const value = theirs[key];
      if (value === undefined) delete values[key];
      else values[key] = value;
    } else if (pick === 'merged') values[key] = combined[key] ?? '';
  }
  return values;
}
