// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { whereYouAre } from '../../src/stores/presence';
import { enT } from '../helpers/strings';

const options = { prefix: 'tandem:doc:', mentee: 'partners.menteeName', mentor: 'partners.mentorName', charter: '/tools/charter/', untitled: enT('common.untitledCharter') };
const charter = (id: string, title: string, values: Record<string, unknown>, updatedAt: string) =>
  JSON.stringify({ type: 'charter', v: 1, id, createdAt: updatedAt, updatedAt, data: { title, values, revisions: [] } });

function page() {
  document.body.innerHTML = `
    <section id="just-matched"><h2>Just matched? Start here</h2></section>
    <section id="welcome-back" hidden><p id="where-you-are-intro">Continue a charter:</p><ul id="where-you-are"></ul></section>`;
}
const shown = () => ({
  back: !document.getElementById('welcome-back')!.hidden,
  start: !document.getElementById('just-matched')!.hidden,
  charters: [...document.querySelectorAll('#where-you-are a')].map((a) => [a.textContent, a.getAttribute('href')]),
});

describe('the home page for where people are', () => {
  beforeEach(() => {
    localStorage.clear();
    page();
  });

  it('a first visit (nothing stored, or only another copy of the handbook’s documents) keeps “Just matched? Start here”', () => {
    localStorage.setItem('tandem/handbook:doc:charter:aaaaaaaaaaaaaaaa', charter('aaaaaaaaaaaaaaaa', 'Theirs', {}, '2026-12-01T10:00:00.000Z'));
    localStorage.setItem('other-site', 'x');
    whereYouAre(options);
    expect(shown()).toEqual({ back: false, start: true, charters: [] });
  });

  it('a returning visitor sees each charter, newest first, named as everywhere else; an unreadable one is left to the charter builder', () => {
    localStorage.setItem('tandem:doc:charter:bbbbbbbbbbbbbbbb', charter('bbbbbbbbbbbbbbbb', '', { 'partners.menteeName': ' Jo ', 'partners.mentorName': 'Sam' }, '2026-12-06T10:00:00.000Z'));
    localStorage.setItem('tandem:doc:charter:cccccccccccccccc', charter('cccccccccccccccc', 'Our charter', {}, '2026-12-07T09:00:00.000Z'));
    localStorage.setItem('tandem:doc:charter:dddddddddddddddd', '{not json');
    localStorage.setItem('tandem:doc:charter:eeeeeeeeeeeeeeee', charter('eeeeeeeeeeeeeeee', '', { 'partners.menteeName': '<img src=x onerror=alert(1)>' }, '2026-11-01T10:00:00.000Z'));
    whereYouAre(options);
    expect(shown()).toEqual({
      back: true,
      start: false,
      charters: [
        ['Our charter', '/tools/charter/?id=cccccccccccccccc'],
        ['Jo & Sam', '/tools/charter/?id=bbbbbbbbbbbbbbbb'],
        ['<img src=x onerror=alert(1)>', '/tools/charter/?id=eeeeeeeeeeeeeeee'],
      ],
    });
    expect(document.querySelector('img')).toBeNull();
  });

  it('with only sessions or entries stored, welcomes back and still shows the first steps, with no empty list of charters', () => {
    localStorage.setItem('tandem:doc:session:ffffffffffffffff', '{}');
    whereYouAre(options);
    expect(shown()).toEqual({ back: true, start: true, charters: [] });
    expect(document.getElementById('where-you-are')!.hidden).toBe(true);
    expect(document.getElementById('where-you-are-intro')!.hidden).toBe(true);
  });

  it('a hand-edited charter with no title, or a title that is not text, is named by its partners, never “null”', () => {
    localStorage.setItem('tandem:doc:charter:gggggggggggggggg', JSON.stringify({ id: 'gggggggggggggggg', updatedAt: '2026-12-01T10:00:00.000Z', data: { title: null, values: { 'partners.mentorName': 'Sam' } } }));
    localStorage.setItem('tandem:doc:charter:hhhhhhhhhhhhhhhh', JSON.stringify({ id: 'hhhhhhhhhhhhhhhh', updatedAt: '2026-12-02T10:00:00.000Z', data: { values: {} } }));
    whereYouAre(options);
    expect(shown().charters.map(([t]) => t)).toEqual(['Untitled charter', 'Sam']);
  });

  it('with storage disabled, the page stays as it was', () => {
    localStorage.setItem('tandem:doc:charter:bbbbbbbbbbbbbbbb', charter('bbbbbbbbbbbbbbbb', 'A', {}, '2026-12-06T10:00:00.000Z'));
    // As in a browser that refuses storage to the site: reading localStorage throws.
    vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    whereYouAre(options);
    expect(shown()).toEqual({ back: false, start: true, charters: [] });
    vi.restoreAllMocks();
  });
});
