// @vitest-environment happy-dom
import { englishStrings } from '../helpers/strings';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { hydrate, render as preactRender } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { afterEach, describe, expect, it } from 'vitest';
import Search from '../../src/islands/Search';
import type { PagefindApi, PagefindResultData } from '../../src/lib/search';

const pages: (PagefindResultData & { audience: string })[] = [
  { url: '/guides/a/', excerpt: 'ask <mark>questions</mark>', meta: { title: 'Guide A' }, audience: 'mentor' },
  { url: '/guides/b/', excerpt: '', meta: { title: 'Guide B', description: 'B is for <b>bold</b> mentees' }, audience: 'mentee' },
];

function fakePagefind(): PagefindApi {
  return {
    options: async () => undefined,
    init: async () => undefined,
    filters: async () => ({}),
    search: async (term, opts) => {
      const audience = opts?.filters?.['audience'];
      const hits = pages.filter((p) => (!audience || p.audience === audience) && term);
      return {
        results: hits.map((p) => ({ id: p.url, data: async () => p })),
        unfilteredResultCount: pages.length,
        filters: { audience: { mentor: 1, mentee: 1 } },
        totalFilters: {},
      };
    },
  };
}

afterEach(() => {
  cleanup();
  history.replaceState(null, '', '/search/');
});

describe('<Search>', () => {
  it('shows results with highlighted words, and the description when there is no excerpt', async () => {
    render(<Search strings={englishStrings('search')} base="/" load={async () => fakePagefind()} />);
    fireEvent.input(screen.getByRole('searchbox', { name: 'Search the handbook' }), { target: { value: 'mentoring' } });
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('2 results for “mentoring”.'));
    expect(screen.getByRole('link', { name: 'Guide A' }).getAttribute('href')).toBe('/guides/a/');
    expect(screen.getByText('questions').tagName).toBe('MARK');
    // Markup in a description is shown as text, never parsed.
    expect(screen.getByText(/B is for bold mentees/).tagName).toBe('P');
    expect(document.querySelector('.results b')).toBeNull();
    expect(location.search).toBe('?q=mentoring');
  });

  it('narrows results by audience and keeps the choice in the URL', async () => {
    render(<Search strings={englishStrings('search')} base="/" load={async () => fakePagefind()} />);
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'x' } });
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^2 results/));
    fireEvent.click(screen.getByRole('radio', { name: /Mentees/ }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('1 result for “x” in guides for mentees.'));
    expect(screen.queryByRole('link', { name: 'Guide A' })).toBeNull();
    expect(location.search).toBe('?q=x&audience=mentee');
  });

  it('says clearly when the index cannot load', async () => {
    render(<Search strings={englishStrings('search')} base="/" load={() => Promise.reject(new Error('404'))} />);
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'x' } });
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/could not load its index/));
  });

  it('starts from the query in the URL', async () => {
    history.replaceState(null, '', '/search/?q=advocacy&audience=mentor');
    render(<Search strings={englishStrings('search')} base="/" load={async () => fakePagefind()} />);
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('1 result for “advocacy” in guides for mentors.'));
    expect((screen.getByRole('searchbox') as HTMLInputElement).value).toBe('advocacy');
  });
});

describe('<Search> before it has loaded', () => {
  it('sends the words to the search page’s address with Enter or its button', () => {
    const container = document.createElement('div');
    container.innerHTML = renderToString(<Search strings={englishStrings('search')} base="/handbook/" load={async () => fakePagefind()} />);
    const form = container.querySelector('form')!;
    expect(form.getAttribute('action')).toBe('/handbook/search/');
    expect(form.getAttribute('method')).toBe('get');
    expect(form.querySelector('button[type="submit"]')?.textContent).toBe('Search');
    expect(form.querySelector('input[type="search"]')?.getAttribute('name')).toBe('q');
  });

  it('keeps what was typed into the server-rendered box before hydration', async () => {
    const load = async () => fakePagefind();
    const container = document.createElement('div');
    container.innerHTML = renderToString(<Search strings={englishStrings('search')} base="/" load={load} />);
    document.body.append(container);
    container.querySelector<HTMLInputElement>('#search-input')!.value = 'typed early';
    hydrate(<Search strings={englishStrings('search')} base="/" load={load} />, container);
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('2 results for “typed early”.'));
    preactRender(null, container);
    container.remove();
  });
});
