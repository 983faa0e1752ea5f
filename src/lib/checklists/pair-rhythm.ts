/**
 * A checklist's repeat for one pair: before- and after-session lists, and lists set to follow the
 * meeting cadence (`repeatEveryWeeks: cadence`), follow the rhythm the pair agreed in their charter
 * rather than the programme's default. Pure.
 */
import type { CharterValues } from '../docs/charter-doc';
import { cadenceRepeat, type Repeat, type ScheduledChecklist } from './checklist';

/** Where a charter keeps its rhythm: the keys of the fields with the `cadence` and `cadence-weeks` roles. */
export interface RhythmKeys {
  cadence?: string | undefined;
  cadenceWeeks?: string | undefined;
}

/** The rhythm a charter's values agree, as a repeat ("every month"), or undefined when they do not say. */
// The charter's cadence choices (src/lib/charter/definition.ts CADENCES), kept here so the checklist pages need not load the charter's code.
export const PAIR_CADENCES: readonly string[] = ['weekly', 'fortnightly', 'monthly', 'every-n-weeks'];

export function charterRepeat(values: CharterValues, keys: RhythmKeys): Repeat | undefined {
  const cadence = keys.cadence ? values[keys.cadence] : undefined;
  if (typeof cadence !== 'string' || !PAIR_CADENCES.includes(cadence)) return undefined;
  const weeks = Number(keys.cadenceWeeks ? values[keys.cadenceWeeks] : undefined);
  if (cadence === 'every-n-weeks' && !(Number.isInteger(weeks) && weeks >= 1 && weeks <= 52)) return undefined;
  return cadenceRepeat(cadence, weeks);
}

/** The checklist's repeat for a pair with this rhythm: the pair's own where the list follows the sessions. */
export function repeatForPair(checklist: Pick<ScheduledChecklist, 'when' | 'repeat'>, pair: Repeat | undefined): Repeat | undefined {
  const followsSessions = checklist.when === 'before-session' || checklist.when === 'after-session' || checklist.repeat?.cadence;
  return followsSessions && pair && checklist.repeat ? pair : checklist.repeat;
}
