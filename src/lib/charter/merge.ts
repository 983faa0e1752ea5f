/**
 * Merging a partner's version of a charter into mine, three ways: against the version we both last
 * saw (the base, carried in the share link), each field is "changed by them", "changed by me",
 * "changed by both", or, with no base, "different". A side that changed wins unless both did; a
 * cleared field is a change like any other. Goals are merged goal by goal, so a goal added on
 * one side and another added (or removed) on the other both survive.
 *
 * Pure: the result is built from the newest stored copy of my charter at the moment of saving,
 * never from what a screen showed earlier.
 */
import type { CharterData, CharterValues, FieldValue, Goal } from '../docs/charter-doc';
import { fieldKey } from './definition';
import type { CharterDefinition, FieldDef } from './schema';
import { isFilled, sameValue } from './values';

export type MergePick = 'theirs' | 'mine' | 'merged';

/** Who changed a field since the version both partners last saw. */
export type ChangedBy = 'theirs' | 'mine' | 'both' | 'unknown';

/** The charter's name takes part in the comparison under this key; the view words its place ("Charter: Charter name"). */
export const TITLE_KEY = '#title';
const TITLE_FIELD: FieldDef = { id: 'title', label: '', kind: 'text' };

export interface FieldDifference {
  /** The section's title (empty for the charter's name, under TITLE_KEY). */
  sectionTitle: string;
  field: FieldDef;
  key: string;
  theirs: FieldValue | undefined;
  mine: FieldValue | undefined;
  base: FieldValue | undefined;
  changedBy: ChangedBy;
  /** For goals changed on both sides without clashing: the goal-by-goal merge. */
  combined?: Goal[] | undefined;
}

/** What both partners last saw: the title and values of that version. */
export interface MergeBase {
  title: string;
  values: CharterValues;
}

const goalKey = (g: Goal) => JSON.stringify(g);

/**
 * Merge goal lists goal by goal (goals keep their ids across copies). Returns null when the same
 * goal was changed on both sides differently, or changed on one side and removed on the other.
 */
export function mergeGoals(base: readonly Goal[], mine: readonly Goal[], theirs: readonly Goal[]): Goal[] | null {
  const byId = (list: readonly Goal[]) => new Map(list.map((g) => [g.id, g]));
  const b = byId(base);
  const m = byId(mine);
  const t = byId(theirs);
  const out: Goal[] = [];
  const seen = new Set<string>();
  // Mine first, in my order, then goals only they added, in their order.
  for (const g of [...mine, ...theirs]) {
    if (seen.has(g.id)) continue;
    seen.add(g.id);
    const was = b.get(g.id);
    const my = m.get(g.id);
    const their = t.get(g.id);
    if (!was) {
      // Added: on one side, or on both (the same goal can only come from a copy, so both must agree).
      if (my && their && goalKey(my) !== goalKey(their)) return null;
      out.push(my ?? their!);
      continue;
    }
    const myChanged = !my || goalKey(my) !== goalKey(was);
    const theirChanged = !their || goalKey(their) !== goalKey(was);
    if (myChanged && theirChanged) {
      if (!my && !their) continue; // removed by both
      if (my && their && goalKey(my) === goalKey(their)) out.push(my);
      else return null;
    } else if (myChanged) {
      if (my) out.push(my); // changed by me, or removed by me (then nothing)
    } else if (theirChanged) {
      if (their) out.push(their);
    } else out.push(my!);
  }
  return out;
}

function changedBy(base: FieldValue | undefined, mine: FieldValue | undefined, theirs: FieldValue | undefined, hasBase: boolean): ChangedBy {
  if (!hasBase) return 'unknown';
  const mineChanged = !sameValue(mine, base);
  const theirsChanged = !sameValue(theirs, base);
  return mineChanged && theirsChanged ? 'both' : theirsChanged ? 'theirs' : mineChanged ? 'mine' : 'both';
}

/** The fields (and the name), in the charter's order, where the two versions differ. */
export function differences(def: CharterDefinition, mine: MergeBase, theirs: MergeBase, base?: MergeBase): FieldDifference[] {
  const out: FieldDifference[] = [];
  const hasBase = base !== undefined;
  if (mine.title.trim() !== theirs.title.trim()) {
    out.push({ sectionTitle: '', field: TITLE_FIELD, key: TITLE_KEY, theirs: theirs.title, mine: mine.title, base: base?.title, changedBy: changedBy(base?.title, mine.title, theirs.title, hasBase) });
  }
  for (const s of def.sections) {
    for (const f of s.fields) {
      const key = fieldKey(s, f);
      const m = mine.values[key];
      const t = theirs.values[key];
      if (sameValue(t, m)) continue;
      const b = base?.values[key];
      const by = changedBy(b, m, t, hasBase);
      const d: FieldDifference = { sectionTitle: s.title, field: f, key, theirs: t, mine: m, base: b, changedBy: by };
      if (by === 'both' && f.kind === 'goals') {
        const list = (v: FieldValue | undefined): Goal[] => (Array.isArray(v) ? v : []);
        const combined = mergeGoals(list(b), list(m), list(t));
        if (combined) d.combined = combined;
      }
      out.push(d);
    }
  }
  return out;
}

/**
 * The choice made for each difference before the person says anything: the side that changed, the
 * goal-by-goal merge, or none (null) where both changed the same field: then the person chooses.
 * With no record of a shared version, my text is kept where I have any.
 */
export function defaultPick(d: FieldDifference): MergePick | null {
  switch (d.changedBy) {
    case 'theirs':
      return 'theirs';
    case 'mine':
      return 'mine';
    case 'both':
      return d.combined ? 'merged' : null;
    case 'unknown':
      return isFilled(d.mine) ? 'mine' : 'theirs';
  }
}

/**
 * Apply the choices to my newest stored data: for each difference, their value, mine (unchanged),
 * or a combined value (text typed by the person, or the goal-by-goal merge). Fields with no choice
 * keep my current value, even if it changed meanwhile.
 */
export function applyMerge(mine: CharterData, theirs: MergeBase, picks: Record<string, MergePick>, combined: Record<string, FieldValue>): CharterData {
  const values: CharterValues = { ...mine.values };
  let title = mine.title;
  for (const [key, pick] of Object.entries(picks)) {
    if (key === TITLE_KEY) {
      if (pick === 'theirs') title = theirs.title;
      else if (pick === 'merged') title = typeof combined[key] === 'string' ? combined[key] : title;
      continue;
    }
    if (pick === 'theirs') {
      const value = theirs.values[key];
      if (value === undefined) delete values[key];
      else values[key] = value;
    } else if (pick === 'merged') values[key] = combined[key] ?? '';
  }
  return { ...mine, title, values };
}

