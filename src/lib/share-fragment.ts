/** Where a share link's token sits in a URL: "#share=<token>" (see share.ts for the token). */

/**
 * The token in a URL fragment ("#share=…"), or null. Never throws: a fragment that is not valid
 * percent-encoding comes back as it is, and then fails to decode with the usual message.
 */
export function readShareFragment(hash: string): string | null {
  const m = /(?:^#|&)share=([^&]*)/.exec(hash);
  if (!m) return null;
  try {
    return decodeURIComponent(m[1]!);
  } catch {
    return m[1]!;
  }
}

export const shareFragment = (token: string): string => `#share=${token}`;
