import type { Strings } from '../../lib/i18n/messages';
import type { ConcernsContact } from '../../lib/program-schema';
import type { Instrument, Step } from '../../lib/reciprocity/schema';

/** A next step with its link resolved at build time. */
export interface LinkedStep extends Pick<Step, 'text' | 'for'> {
  href?: string | undefined;
  linkText?: string | undefined;
}

/** What the page hands the island. */
export interface ReciprocityConfig {
  /** The page's interface strings: its language, and the parts this tool uses. */
  strings: Strings;
  instrument: Instrument;
  /** Each band's steps with links: key "dimensionId/bandId". */
  steps: Record<string, LinkedStep[]>;
  base: string;
  /** The programme's concerns contact, shown with the results when someone gives much more than they get or answers "Never" throughout. */
  concerns?: ConcernsContact | undefined;
  /** The questionnaire's `safetyGuide`, resolved at build time; absent when the questionnaire names none. */
  safetyGuide?: { href: string; title: string } | undefined;
}
