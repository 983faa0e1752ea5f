import type { Strings } from '../lib/i18n/messages';
import { I18n } from './shared/i18n';
import { useEffect, useRef, useState } from 'preact/hooks';
import {
  excerptSegments,
  readSearchParams,
  searchQueryString,
  type PagefindApi,
  type PagefindResultData,
} from '../lib/search';
import { AUDIENCES, AUDIENCE_ROUTES } from '../lib/site';

interface Props {
  base: string;
  /** The page's interface strings: its language, and the search part. */
  strings: Strings;
  /** Loads Pagefind; tests pass a fake. */
  load?: (base: string) => Promise<PagefindApi>;
}

type Status =
  | { kind: 'idle' }
  | { kind: 'loading' }
  | { kind: 'ready'; total: number; counts: Record<string, number>; term: string; audience: string }
  | { kind: 'error'; message: string };

const PAGE = 10;

let api: Promise<PagefindApi> | undefined;

function loadPagefind(base: string): Promise<PagefindApi> {
  api ??= (async () => {
    const url = `${base}pagefind/pagefind.js`;
    const mod = (await import(/* @vite-ignore */ url)) as PagefindApi;
    await mod.options({ baseUrl: base, excerptLength: 24 });
    await mod.init();
    return mod;
  })();
  return api;
}

/** The search box and its results, in the page's language. */
export default function Search({ strings, ...props }: Props) {
  return (
    <I18n strings={strings}>
      <SearchBox {...props} />
    </I18n>
  );
}

function SearchBox({ base, load = loadPagefind }: Omit<Props, 'strings'>) {
  const [query, setQuery] = useState('');
  const [audience, setAudience] = useState('');
  const [results, setResults] = useState<PagefindResultData[]>([]);
  const [shown, setShown] = useState(PAGE);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const pending = useRef<{ ids: { data: () => Promise<PagefindResultData> }[] }>({ ids: [] });
  const seq = useRef(0);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const initial = readSearchParams(location.search, AUDIENCES);
    // Keep anything typed before the page finished loading.
    setQuery(initial.q || input.current?.value || '');
    setAudience(initial.audience);
    input.current?.focus();
  }, []);

  useEffect(() => {
    const term = query.trim();
    history.replaceState(null, '', `${location.pathname}${searchQueryString(term, audience)}`);
    if (!term) {
      setResults([]);
      setStatus({ kind: 'idle' });
      return;
    }
    const mine = ++seq.current;
    setStatus((s) => (s.kind === 'ready' ? s : { kind: 'loading' }));
    const timer = setTimeout(async () => {
      try {
        const pagefind = await load(import.meta.env.BASE_URL);
        const found = await pagefind.search(term, audience ? { filters: { audience } } : {});
        if (!found || mine !== seq.current) return;
        pending.current.ids = found.results;
        const first = await Promise.all(found.results.slice(0, PAGE).map((r) => r.data()));
        if (mine !== seq.current) return;
        setResults(first);
        setShown(PAGE);
        setStatus({ kind: 'ready', total: found.results.length, counts: found.filters['audience'] ?? {}, term, audience });
      } catch {
        if (mine !== seq.current) return;
        setStatus({
          kind: 'error',
          message: 'Search could not load its index. If you are running the development server, build the site first (npm run build) and use npm run preview.',
        });
      }
    }, 120);
    return () => clearTimeout(timer);
  }, [query, audience]);

  async function showMore() {
    const next = shown + PAGE;
    const more = await Promise.all(pending.current.ids.slice(shown, next).map((r) => r.data()));
    setResults((r) => [...r, ...more]);
    setShown(next);
  }

  const summary =
    status.kind === 'ready'
      ? `${status.total} ${status.total === 1 ? 'result' : 'results'} for “${status.term}”${status.audience ? ` in guides for ${AUDIENCE_ROUTES[status.audience as keyof typeof AUDIENCE_ROUTES].plural.toLowerCase()}` : ''}.`
      : status.kind === 'loading'
        ? 'Searching…'
        : '';

  return (
    <div>
      {/* Results follow the typing. Before the page has loaded, Enter or the button send the words to this
          page's address (?q=…), where the search starts from them. */}
      <form class="search-form" role="search" action={`${base}search/`} method="get" onSubmit={(e) => e.preventDefault()}>
        <div class="field">
          <label for="search-input">Search the handbook</label>
          <input
            id="search-input"
            ref={input}
            type="search"
            name="q"
            autocomplete="off"
            spellcheck={false}
            value={query}
            onInput={(e) => setQuery(e.currentTarget.value)}
            onFocus={() => void load(import.meta.env.BASE_URL).catch(() => undefined)}
            placeholder="For example: advocacy, first meeting, feedback"
          />
        </div>
        <button type="submit">Search</button>
      </form>
      <fieldset class="filter-group">
        <legend>Show guides for</legend>
        {[['', 'Everyone'] as const, ...AUDIENCES.map((a) => [a, AUDIENCE_ROUTES[a].plural] as const)].map(([value, label]) => (
          <label class="chip" key={value || 'all'}>
            <input
              type="radio"
              name="audience"
              value={value}
              checked={audience === value}
              onChange={() => setAudience(value)}
            />
            {label}
            {status.kind === 'ready' && value && !audience && status.counts[value] !== undefined ? (
              <span class="hint">({status.counts[value]})</span>
            ) : null}
          </label>
        ))}
      </fieldset>

      <p role="status" aria-live="polite" class="hint">
        {summary}
      </p>
      {status.kind === 'error' && (
        <div class="notice notice-error" role="alert">
          <p>{status.message}</p>
        </div>
      )}
      {status.kind === 'ready' && status.total === 0 && (
        <p>
          Nothing matched. Try a shorter word, check the spelling, or <a href={`${base}guides/`}>browse the guides by topic</a>.
        </p>
      )}
      {results.length > 0 && (
        <ol class="results" aria-label="Search results">
          {results.map((r) => {
            const segments = excerptSegments(r.excerpt || r.meta['description'] || '');
            return (
              <li class="result" key={r.url}>
                <h2>
                  <a href={r.url}>{r.meta['title'] ?? r.url}</a>
                </h2>
                <p>
                  {segments.map((s, i) => (s.mark ? <mark key={i}>{s.text}</mark> : s.text))}
                </p>
              </li>
            );
          })}
        </ol>
      )}
      {status.kind === 'ready' && results.length < status.total && (
        <p>
          <button type="button" class="secondary" onClick={() => void showMore()}>
            Show more results
          </button>
        </p>
      )}
    </div>
  );
}
