import type { Strings } from '../lib/i18n/messages';
import { I18n, Rich, useT } from './shared/i18n';
import { useEffect, useRef, useState } from 'preact/hooks';
import {
  excerptSegments,
  readSearchParams,
  searchQueryString,
  type PagefindApi,
  type PagefindResultData,
} from '../lib/search';
import { AUDIENCES, type Audience } from '../lib/site';

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
  | { kind: 'error' };

const PAGE = 10;

/** Each audience's name on its filter ("Mentees"), and in a sentence ("in guides for mentees"). */
const AUDIENCE_WORDS = {
  mentee: { label: 'search.audience.mentee', results: 'search.resultsFor.mentee' },
  mentor: { label: 'search.audience.mentor', results: 'search.resultsFor.mentor' },
  coordinator: { label: 'search.audience.coordinator', results: 'search.resultsFor.coordinator' },
} as const satisfies Record<Audience, { label: string; results: string }>;

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
  const t = useT();
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
        setStatus({ kind: 'error' });
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
      ? t(status.audience ? AUDIENCE_WORDS[status.audience as Audience].results : 'search.results', { count: status.total, term: status.term })
      : status.kind === 'loading'
        ? t('search.searching')
        : '';

  return (
    <div>
      {/* Results follow the typing. Before the page has loaded, Enter or the button send the words to this
          page's address (?q=…), where the search starts from them. */}
      <form class="search-form" role="search" action={`${base}search/`} method="get" onSubmit={(e) => e.preventDefault()}>
        <div class="field">
          <label for="search-input">{t('search.label')}</label>
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
            placeholder={t('search.placeholder')}
          />
        </div>
        <button type="submit">{t('search.button')}</button>
      </form>
      <fieldset class="filter-group">
        <legend>{t('search.filter')}</legend>
        {[['', t('search.audience.everyone')] as const, ...AUDIENCES.map((a) => [a, t(AUDIENCE_WORDS[a].label)] as const)].map(([value, label]) => (
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
              <span class="hint">({t.number(status.counts[value])})</span>
            ) : null}
          </label>
        ))}
      </fieldset>

      <p role="status" aria-live="polite" class="hint">
        {summary}
      </p>
      {status.kind === 'error' && (
        <div class="notice notice-error" role="alert">
          <p>{t('search.error')}</p>
        </div>
      )}
      {status.kind === 'ready' && status.total === 0 && (
        <p>
          <Rich k="search.nothing" slots={{ link: <a href={`${base}guides/`}>{t('search.nothingLink')}</a> }} />
        </p>
      )}
      {results.length > 0 && (
        <ol class="results" aria-label={t('search.resultsLabel')}>
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
            {t('search.more')}
          </button>
        </p>
      )}
    </div>
  );
}
