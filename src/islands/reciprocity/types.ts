import type { Instrument, Step } from '../../lib/reciprocity/schema';

/** A next step with its link resolved at build time. */
export interface LinkedStep extends Pick<Step, 'text' | 'for'> {
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
