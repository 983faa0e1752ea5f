import { describe, expect, it } from 'vitest';
import { decodeEntities, excerptSegments, readSearchParams, searchQueryString } from '../../src/lib/search';

describe('excerptSegments', () => {
  it('splits marks from plain text', () => {
    expect(excerptSegments('ask <mark>questions</mark> first')).toEqual([
      { text: 'ask ', mark: false },
      { text: 'questions', mark: true },
      { text: ' first', mark: false },
    ]);
  });

  it('decodes entities and never passes other markup through', () => {
    const segments = excerptSegments('a &lt;b&gt; &amp; <img src=x onerror=alert(1)><mark>x</mark>');
    expect(segments.map((s) => s.text).join('')).toBe('a <b> & x');
    expect(segments.some((s) => s.text.includes('onerror'))).toBe(false);
  });

  it('returns nothing for an empty excerpt', () => {
    expect(excerptSegments('')).toEqual([]);
  });
});

describe('decodeEntities', () => {
  it('decodes named and numeric entities and leaves unknown ones', () => {
    expect(decodeEntities('&quot;hi&#39; &#x2014; &bogus;')).toBe('"hi\' — &bogus;');
  });
  it('leaves out-of-range code points as written', () => {
    expect(decodeEntities('&#0; &#x110000;')).toBe('&#0; &#x110000;');
  });
});

describe('search URL state', () => {
  it('reads the query and a known audience', () => {
    expect(readSearchParams('?q=feedback&audience=mentor', ['mentor', 'mentee'])).toEqual({ q: 'feedback', audience: 'mentor' });
  });
  it('drops an unknown audience and caps a long query', () => {
    const r = readSearchParams(`?q=${'a'.repeat(500)}&audience=admin`, ['mentor']);
    expect(r.audience).toBe('');
    expect(r.q).toHaveLength(200);
  });
  it('writes only non-empty values', () => {
    expect(searchQueryString('  ', '')).toBe('');
    expect(searchQueryString('first meeting', 'mentee')).toBe('?q=first+meeting&audience=mentee');
  });
});
