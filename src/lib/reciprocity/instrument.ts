/**
 * The checks on the reciprocity self-assessment (content/assessments/reciprocity.yaml) that a
 * schema of single fields cannot make, and the statements each role reads. Its schema, and the
 * Instrument type, are in ./schema.ts. No zod here, so browser code may import this module.
 */
import type { Role } from '../docs/assessment-doc';
import { EARLIER_ID } from './earlier-id';
import type { Band, Behaviour, Instrument } from './schema';

import { SIDES, type Side } from './keys';
export { SIDES, answerKey, type Side } from './keys';

/** The statement a person in `role` reads for one side of a behaviour. */
export const statement = (b: Behaviour, role: Role, side: Side): string => b[role][side];

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

export const MIN_BEHAVIOURS_PER_DIMENSION = 3;

/** A statement as compared for repeats: case, spacing and curly quotes do not make it different. */
const normalise = (s: string): string => s.toLowerCase().replace(/[‘’]/g, "'").replace(/\s+/g, ' ').trim();

type Problem = { path: (string | number)[]; message: string };

/**
 * Problems with an instrument: a dimension with too few behaviours, a behaviour naming an unknown
 * dimension, duplicate ids, bands that overlap or leave gaps in 0–100, a statement that repeats
 * another of the same role's word for word, a gist without its `{other}`, minimums that no
 * dimension can reach. Each message says where.
 */
export function instrumentProblems(inst: Instrument): Problem[] {
  const problems: Problem[] = [];
  if (inst.id === EARLIER_ID) problems.push({ path: ['id'], message: `the id “${EARLIER_ID}” belongs to the earlier questionnaire, whose answers mean something else; choose another` });
  const dimIds = new Set<string>();
  inst.dimensions.forEach((d, di) => {
    if (dimIds.has(d.id)) problems.push({ path: ['dimensions', di, 'id'], message: `dimension id “${d.id}” is used twice` });
    dimIds.add(d.id);
    for (const message of bandProblems(d.bands, `“${d.id}”`)) problems.push({ path: ['dimensions', di, 'bands'], message });
  });
  for (const message of bandProblems(inst.overall.bands, 'the overall score')) problems.push({ path: ['overall', 'bands'], message });

  const behaviourIds = new Set<string>();
  const perDimension = new Map<string, number>();
  const seen = new Map<string, string>(); // role + normalised text → where it was first used
  inst.behaviours.forEach((b, bi) => {
    if (behaviourIds.has(b.id)) problems.push({ path: ['behaviours', bi, 'id'], message: `behaviour id “${b.id}” is used twice` });
    behaviourIds.add(b.id);
    if (!dimIds.has(b.dimension)) problems.push({ path: ['behaviours', bi, 'dimension'], message: `behaviour “${b.id}” names an unknown dimension “${b.dimension}”` });
    perDimension.set(b.dimension, (perDimension.get(b.dimension) ?? 0) + 1);
    const placeholders = b.gist.match(/\{[^}]*\}/g) ?? [];
    if (placeholders.length !== 1 || placeholders[0] !== '{other}') {
      problems.push({ path: ['behaviours', bi, 'gist'], message: `the gist of “${b.id}” needs {other} exactly once, and no other {…}` });
    }
    for (const role of ['mentor', 'mentee'] as const) {
      for (const side of SIDES) {
        const where = `${b.id} ${role}.${side}`;
        const key = `${role}\u0000${normalise(b[role][side])}`;
        const first = seen.get(key);
        if (first) problems.push({ path: ['behaviours', bi, role, side], message: `the ${role}’s statement “${b[role][side]}” (${where}) repeats ${first} word for word` });
        else seen.set(key, where);
      }
    }
  });

  inst.dimensions.forEach((d, di) => {
    const n = perDimension.get(d.id) ?? 0;
    if (n < MIN_BEHAVIOURS_PER_DIMENSION) {
      problems.push({ path: ['dimensions', di], message: `dimension “${d.id}” has ${n} behaviours; it needs at least ${MIN_BEHAVIOURS_PER_DIMENSION}` });
    }
    if (inst.minimum.behavioursEachWay > n) {
      problems.push({ path: ['minimum', 'behavioursEachWay'], message: `minimum.behavioursEachWay is ${inst.minimum.behavioursEachWay}, but “${d.id}” has only ${n} behaviours` });
    }
  });
  if (inst.minimum.dimensions > inst.dimensions.length) {
    problems.push({ path: ['minimum', 'dimensions'], message: `minimum.dimensions is ${inst.minimum.dimensions}, but there are only ${inst.dimensions.length} dimensions` });
  }
  const stageIds = inst.stages.map((s) => s.id).sort().join(',');
  if (stageIds !== 'established,first-year,new') problems.push({ path: ['stages'], message: 'stages must be exactly new, first-year and established' });
  if (inst.scale.length !== 5) problems.push({ path: ['scale'], message: 'the scale needs exactly five labels' });
  return problems;
}
