import { describe, expect, it } from 'vitest';
import { baseLinkChange, withSiteBase, withoutSiteBase } from '../../src/lib/base-links';

describe('links to the site’s own pages under a base path', () => {
  it.each([
    ['/tools/charter/', '/mentoring/', '/mentoring/tools/charter/'],
    ['/guides/power-and-safety/#who-to-tell', '/mentoring/', '/mentoring/guides/power-and-safety/#who-to-tell'],
    ['/mentoring/guides/x/', '/mentoring/', '/mentoring/guides/x/'],
    ['/mentoring', '/mentoring/', '/mentoring'],
    ['/mentoring-tips/', '/mentoring/', '/mentoring/mentoring-tips/'],
    ['/tools/charter/', '/', '/tools/charter/'],
    ['https://example.org/tools/', '/mentoring/', 'https://example.org/tools/'],
    ['//cdn.example.org/x.png', '/mentoring/', '//cdn.example.org/x.png'],
    ['#next-steps', '/mentoring/', '#next-steps'],
    ['./picture.jpg', '/mentoring/', './picture.jpg'],
    ['mailto:a@example.org', '/mentoring/', 'mailto:a@example.org'],
  ])('%s under %s is %s', (url, base, expected) => {
    expect(withSiteBase(url, base)).toBe(expected);
  });

  it('names the page a link with the base already in it points to, so it can be checked', () => {
    expect(withoutSiteBase('/mentoring/guides/power-and-saftey/', '/mentoring/')).toBe('/guides/power-and-saftey/');
    expect(withoutSiteBase('/mentoring', '/mentoring/')).toBe('/');
    expect(withoutSiteBase('/guides/x/', '/')).toBe('/guides/x/');
  });

  it('changes the address of links and pictures only, and only when it needs the base', () => {
    expect(baseLinkChange('a', { href: '/tools/charter/' }, '/mentoring/')).toEqual({ name: 'href', value: '/mentoring/tools/charter/' });
    expect(baseLinkChange('img', { src: '/files/map.png', alt: '' }, '/mentoring/')).toEqual({ name: 'src', value: '/mentoring/files/map.png' });
    expect(baseLinkChange('a', { href: 'https://example.org/' }, '/mentoring/')).toBeNull();
    expect(baseLinkChange('a', { href: '/mentoring/x/' }, '/mentoring/')).toBeNull();
    expect(baseLinkChange('div', { dataHref: '/x/' }, '/mentoring/')).toBeNull();
    expect(baseLinkChange('a', { href: '/tools/' }, '/')).toBeNull();
  });
});
