import type { ConcernsContact } from './program-schema';

/** The concerns contact on one line: "Daniel Fraser, mentoring-concerns@example.org, 020 7946 0321". */
export function concernsLine(c: ConcernsContact): string {
  return [c.name, c.email, c.phone].map((x) => x?.trim()).filter(Boolean).join(', ');
}

/** The label a charter section puts before the concerns contact. */
export const CONCERNS_LABEL = 'The programme’s concerns contact';

/** What an optional section still empty says on paper and in the Markdown. */
export const OPTIONAL_SECTION_NOTE = 'Optional until our first review: we may fill this in then, or sooner.';

/**
 * A phone number as a tel: link dials it: "+44 (0)20 7946 0321 ext. 12" → "+442079460321". The
 * national "(0)" after a country code is dropped, and an extension is left off (a tel: link cannot dial it).
 */
export function telNumber(phone: string): string {
  const main = phone.split(/\b(?:ext|extension|x)\.?\s*\d/i)[0]!;
  return main.replace(/^(\s*\+\d+\s*)\(0\)/, '$1').replace(/[^\d+]/g, '');
}
