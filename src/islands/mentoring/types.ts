import type { Strings } from '../../lib/i18n/messages';
import type { CharterDefinition } from '../../lib/charter/schema';
import type { ScheduledChecklist } from '../../lib/checklists/checklist';
import type { Instrument } from '../../lib/reciprocity/schema';

/** What the page hands the island (all from content/, resolved at build time). */
export interface MentoringConfig {
  /** The page's interface strings: its language, and the parts this tool uses. */
  strings: Strings;
  def: CharterDefinition;
  checklists: Pick<ScheduledChecklist, 'id' | 'title' | 'when' | 'repeat' | 'audience'>[];
  /** The programme's default rhythm, for charters that do not say. */
  cadence: string;
  cadenceWeeks?: number | undefined;
  programName: string;
  base: string;
  /** The self-assessment's questionnaire, to score the assessments on each panel. */
  instrument: Instrument;
}
