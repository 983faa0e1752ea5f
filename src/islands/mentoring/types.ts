import type { CharterDefinition } from '../../lib/charter/schema';
import type { Checklist } from '../../lib/checklists/schema';

/** What the page hands the island (all from content/, resolved at build time). */
export interface MentoringConfig {
  def: CharterDefinition;
  checklists: Pick<Checklist, 'id' | 'title' | 'when' | 'repeatEveryWeeks'>[];
  /** The programme's default rhythm, for charters that do not say. */
  cadence: string;
  cadenceWeeks?: number | undefined;
  programName: string;
  base: string;
}
