import { describe, expect, it } from 'vitest';
import { headingsInside } from '../../src/lib/guide-sections';

const ONLY = new Set(['Safeguarding']);

describe('headingsInside: the headings of a part published only for some programmes', () => {
  it('lists the headings inside the part, by the ids Astro gives them, and none outside it', () => {
    const mdx = ['## Before', '', 'Text.', '', '<Safeguarding>', '', '## Young people', '', '### Checks', '', '</Safeguarding>', '', '## Next steps'].join('\n');
    expect([...headingsInside(mdx, ONLY)]).toEqual(['young-people', 'checks']);
  });

  it('numbers a repeated heading as Astro does, counting the ones before the part', () => {
    const mdx = ['## Checks', '', '<Safeguarding>', '', '## Checks', '', '</Safeguarding>'].join('\n');
    expect([...headingsInside(mdx, ONLY)]).toEqual(['checks-1']);
  });

  it('reads code in a heading as its text, and ignores other components', () => {
    const mdx = ['<Callout>', '', '## In a callout', '', '</Callout>', '', '<Safeguarding>', '', '## The `lead` setting', '', '</Safeguarding>'].join('\n');
    expect([...headingsInside(mdx, ONLY)]).toEqual(['the-lead-setting']);
  });

  it('finds nothing in a guide without the part', () => {
    expect(headingsInside('## One\n\nText.\n', ONLY).size).toBe(0);
  });
});
