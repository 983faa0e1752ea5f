import type { Role } from '../../lib/docs/assessment-doc';
import type { Instrument } from '../../lib/reciprocity/instrument';

/** A next step with its link resolved at build time. */
export interface LinkedStep {
  text: string;
  for?: Role | undefined;
  href?: string | undefined;
  linkText?: string | undefined;
}

/** What the page hands the island. */
export interface ReciprocityConfig {
  instrument: Instrument;
  /** Each band's steps with links: key "dimensionId/bandId". */
  steps: Record<string, LinkedStep[]>;
  base: string;
}
