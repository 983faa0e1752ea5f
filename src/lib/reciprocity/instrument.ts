/**
 * The checks on the reciprocity self-assessment (content/assessments/reciprocity.yaml) that a
 * schema of single fields cannot make. Its schema, and the Instrument type, are in ./schema.ts.
 * No zod here, so browser code may import this module.
 */
import type { Band, Instrument } from './schema';

/** Gaps, overlaps and a missed 100 in a set of 0–100 bands, described for `what`. */
export function bandProblems(bands: readonly Pick<Band, 'id' | 'min' | 'max'>[], what: string): string[] {
  const problems: string[] = [];
  let expected = 0;
  for (const b of [...bands].sort((a, c) => a.min - c.min)) {
    if (b.min > b.max) problems.push(`band “${b.id}” of ${what} has min ${b.min} above max ${b.max}`);
    if (b.min > expected) problems.push(`the bands of ${what} leave a gap from ${expected} to ${b.min - 1}`);
    if (b.min < expected) problems.push(`the bands of ${what} overlap at ${b.min}`);
    expected = Math.max(expected, b.max + 1);
  }
  if (expected !== 101) problems.push(`the bands of ${what} must reach 100`);
  return problems;
}

export const MIN_ITEMS_PER_DIMENSION = 4;

/**
 * Problems with an instrument: too few items in a dimension for a role, an item naming an unknown
 * dimension, duplicate ids, bands that overlap or leave gaps in 0–100, a minimum that no
 * dimension can reach. Each message says where.
 */
export function instrumentProblems(inst: Instrument): { path: (string | number)[]; message: string }[] {
  const problems: { path: (string | number)[]; message: string }[] = [];
  const dimIds = new Set<string>();
  inst.dimensions.forEach((d, di) => {
    if (dimIds.has(d.id)) problems.push({ path: ['dimensions', di, 'id'], message: `dimension id “${d.id}” is used twice` });
    dimIds.add(d.id);
    for (const message of bandProblems(d.bands, `“${d.id}”`)) problems.push({ path: ['dimensions', di, 'bands'], message });
  });
  for (const message of bandProblems(inst.overall.bands, 'the overall score')) problems.push({ path: ['overall', 'bands'], message });
  const itemIds = new Set<string>();
  const perDimension = new Map<string, number>();
  inst.items.forEach((it, ii) => {
    if (itemIds.has(it.id)) problems.push({ path: ['items', ii, 'id'], message: `item id “${it.id}” is used twice` });
    itemIds.add(it.id);
    if (!dimIds.has(it.dimension)) problems.push({ path: ['items', ii, 'dimension'], message: `item “${it.id}” names an unknown dimension “${it.dimension}”` });
    perDimension.set(it.dimension, (perDimension.get(it.dimension) ?? 0) + 1);
  });
  inst.dimensions.forEach((d, di) => {
    const n = perDimension.get(d.id) ?? 0;
    // Every item has a mentor's and a mentee's version, so the count is the same for both roles.
    if (n < MIN_ITEMS_PER_DIMENSION) {
      problems.push({ path: ['dimensions', di], message: `dimension “${d.id}” has ${n} items for each role; it needs at least ${MIN_ITEMS_PER_DIMENSION}` });
    }
    if (inst.minAnswers > n) problems.push({ path: ['minAnswers'], message: `minAnswers is ${inst.minAnswers}, but “${d.id}” has only ${n} items` });
  });
  const stageIds = inst.stages.map((s) => s.id).sort().join(',');
  if (stageIds !== 'established,first-year,new') problems.push({ path: ['stages'], message: 'stages must be exactly new, first-year and established' });
  if (inst.scale.length !== 5) problems.push({ path: ['scale'], message: 'the scale needs exactly five labels' });
  return problems;
}
