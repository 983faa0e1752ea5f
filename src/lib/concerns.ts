import type { ConcernsContact } from './program-schema';

/** The concerns contact on one line: "Daniel Fraser, mentoring-concerns@example.org, 020 7946 0321". */
export function concernsLine(c: ConcernsContact): string {
  return [c.name, c.email, c.phone].map((x) => x?.trim()).filter(Boolean).join(', ');
}

/** The label a charter section puts before the concerns contact. */
export const CONCERNS_LABEL = 'The programme’s concerns contact';

/** What an optional section still empty says on paper and in the Markdown. */
export const OPTIONAL_SECTION_NOTE = 'Optional until our first review: we may fill this in then, or sooner.';

