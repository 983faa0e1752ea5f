/**
 * Phone numbers as links (pure; used by the concerns contact's note). A phone number as a tel: link dials it: "+44 (0)20 7946 0321 ext. 12" → "+442079460321". The
 * national "(0)" after a country code is dropped, and an extension is left off (a tel: link cannot dial it).
 */
export function telNumber(phone: string): string {
  const main = phone.split(/\b(?:ext|extension|x)\.?\s*\d/i)[0]!;
  return main.replace(/^(\s*\+\d+\s*)\(0\)/, '$1').replace(/[^\d+]/g, '');
}
