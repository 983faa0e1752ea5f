/**
 * Phone numbers as links (pure; used by the concerns contact's note). A phone number as a tel: link dials it: "+44 (0)20 7946 0321 ext. 12" → "+442079460321". The
 * national "(0)" after a country code is dropped, and an extension is left off (a tel: link cannot dial it).
 */
export function telNumber(phone: string): string {
  const main = phone.split(/\b(?:ext|extension|x)\.?\s*\d/i)[0]!;
  return main.replace(/^(\s*\+\d+\s*)\(0\)/, '$1').replace(/[^\d+]/g, '');
}

/**
 * A phone number as shown, kept on one line: its spaces become non-breaking spaces and its hyphens
 * non-breaking hyphens, so "020 7946 0321" never wraps into "020 7946" and "0321".
 */
export function phoneText(phone: string): string {
  return phone.trim().replace(/\s+/g, '\u00a0').replace(/-/g, '\u2011');
}
