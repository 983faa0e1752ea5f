/**
 * Helpers for the search page: the shape of Pagefind's JS API that we use, and turning its
 * excerpts into plain text segments so nothing is ever inserted as HTML.
 */

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters?: Record<string, string[]>;
}

export interface PagefindResult {
  id: string;
  data: () => Promise<PagefindResultData>;
}

export interface PagefindSearch {
  results: PagefindResult[];
  unfilteredResultCount: number;
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
}

export interface PagefindApi {
  options: (opts: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (term: string | null, opts?: { filters?: Record<string, string | string[]> }) => Promise<PagefindSearch | null>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

export interface TextSegment {
  text: string;
  mark: boolean;
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

/** Decode the HTML entities Pagefind uses in excerpts; unknown entities stay as written. */
export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[body.toLowerCase()] ?? whole;
  });
}

/**
 * Split a Pagefind excerpt ("text <mark>word</mark> text") into text segments. Any other tag is
 * dropped, so the result can be rendered as text nodes only.
 */
export function excerptSegments(excerpt: string): TextSegment[] {
  const out: TextSegment[] = [];
  let mark = false;
  for (const part of excerpt.split(/(<\/?mark>)/i)) {
    if (/^<mark>$/i.test(part)) {
      mark = true;
    } else if (/^<\/mark>$/i.test(part)) {
      mark = false;
    } else if (part) {
      const text = decodeEntities(part.replace(/<[^>]*>/g, ''));
      if (text) out.push({ text, mark });
    }
  }
  return out;
}

/** Read the query and audience filter from a search page URL. */
export function readSearchParams(search: string, audiences: readonly string[]): { q: string; audience: string } {
  const params = new URLSearchParams(search);
  const q = (params.get('q') ?? '').slice(0, 200);
  const a = params.get('audience') ?? '';
  return { q, audience: audiences.includes(a) ? a : '' };
}

/** The URL query string for a search state (empty values are left out). */
export function searchQueryString(q: string, audience: string): string {
  const params = new URLSearchParams();
  if (q.trim()) params.set('q', q.trim());
  if (audience) params.set('audience', audience);
  const s = params.toString();
  return s ? `?${s}` : '';
}
