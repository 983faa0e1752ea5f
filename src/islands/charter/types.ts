import type { Strings } from '../../lib/i18n/messages';
import type { CharterDefinition } from '../../lib/charter/schema';
import type { ConcernsContact } from '../../lib/program-schema';

/** What the charter page hands the island (all from content/, resolved at build time). */
export interface CharterConfig {
  /** The page's interface strings: its language, and the parts this tool uses. */
  strings: Strings;
  def: CharterDefinition;
  programName: string;
  /** Programme defaults for a new charter. */
  cadence: string;
  cadenceWeeks?: number | undefined;
  reviewWeeks: number;
  /** Section id → link to the guide that explains it. */
  guideLinks: Record<string, string>;
  /** Labels of fields removed from the charter, by key: answers stored under them are shown as from an earlier version. */
  earlierLabels: Record<string, string>;
  base: string;
  /** The programme's concerns contact, shown in the sections that ask for it. */
  concerns: ConcernsContact;
}
