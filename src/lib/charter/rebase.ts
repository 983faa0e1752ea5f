/** Rebasing an edit onto a stored value another tab changed meanwhile. Pure. */
import type { CharterValues, FieldValue, Goal } from '../docs/charter-doc';

/**
 * Rebase a goals list edited here onto the stored one, which another tab may have changed since
 * this edit began from `base`: goals and milestones added or changed on either side are all kept,
 * property by property; only the same words changed on both sides are settled in favour of this
 * edit. Used when a goals field saves, so two tabs editing the same goals never lose each other's words.
 */
export function rebaseGoals(base: readonly Goal[], mine: readonly Goal[], stored: readonly Goal[]): Goal[] {
  const pick = <V>(was: V, my: V, their: V): V => (JSON.stringify(my) !== JSON.stringify(was) ? my : their);
  return rebaseList(base, mine, stored, (was, my, their) => ({
    ...their,
    ...my,
    text: pick(was.text, my.text, their.text),
    success: pick(was.success, my.success, their.success),
    milestones: rebaseList(was.milestones, my.milestones, their.milestones, (w, m, t) => ({ ...t, ...m, date: pick(w.date, m.date, t.date), text: pick(w.text, m.text, t.text) })),
  }));
}

function rebaseList<T extends { id: string }>(base: readonly T[], mine: readonly T[], theirs: readonly T[], merge: (was: T, my: T, their: T) => T): T[] {
  const same = (a: T, b: T) => JSON.stringify(a) === JSON.stringify(b);
  const b = new Map(base.map((x) => [x.id, x]));
  const m = new Map(mine.map((x) => [x.id, x]));
  const t = new Map(theirs.map((x) => [x.id, x]));
  const out: T[] = [];
  const seen = new Set<string>();
  for (const x of [...mine, ...theirs]) {
    if (seen.has(x.id)) continue;
    seen.add(x.id);
    const was = b.get(x.id);
    const my = m.get(x.id);
    const their = t.get(x.id);
    if (!was) out.push(my ?? their!);
    else if (!my) {
      // Removed here: gone, unless the other side changed it meanwhile.
      if (their && !same(their, was)) out.push(their);
    } else if (!their) {
      if (!same(my, was)) out.push(my);
    } else out.push(merge(was, my, their));
  }
  return out;
}

/**
 * The charter with one field saved onto the newest stored copy `data`: a goals list edited from `base`
 * is rebased onto the goals stored now (another tab may have changed them); any other value replaces.
 */
export function withFieldSaved<D extends { values: CharterValues }>(data: D, key: string, value: FieldValue, base?: FieldValue): D {
  const stored = data.values[key];
  const next = Array.isArray(value) && Array.isArray(base) && Array.isArray(stored) ? rebaseGoals(base, value, stored) : value;
  return { ...data, values: { ...data.values, [key]: next } };
}
