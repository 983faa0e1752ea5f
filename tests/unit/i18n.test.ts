/**
 * The interface in other languages: the translator (plurals, placeholders, dates and numbers in the
 * page's language), the pseudo-languages, and the build's checks of a coordinator's translations.
 */
import { describe, expect, test } from 'vitest';
import { createTranslator, flattenMessages, translationProblems } from '../../src/lib/i18n/messages';
import { dirOf, languageName, languagesOf, nativeName, pseudoMessages, segmentOf } from '../../src/lib/i18n/languages';
import { handbookCopy } from '../helpers/load-content';

const messages = {
  'x.goals': { one: '{count} goal', other: '{count} goals' },
  'x.due': 'Due on {date}, {name}.',
  'x.link': 'Goes with the guide {link}.',
};

describe('t()', () => {
  test('a count picks its plural form, in the page’s language, and is formatted there', () => {
    const en = createTranslator('en-GB', messages);
    expect([0, 1, 2, 1234].map((count) => en('x.goals', { count }))).toEqual(['0 goals', '1 goal', '2 goals', '1,234 goals']);
    const fr = createTranslator('fr', { 'x.goals': { one: '{count} objectif', other: '{count} objectifs' } });
    // French says "0 objectif" and "1,5" with the singular; thousands are separated by a narrow space.
    expect([0, 1, 2, 1234].map((count) => fr('x.goals', { count }))).toEqual(['0 objectif', '1 objectif', '2 objectifs', '1\u202f234 objectifs']);
  });

  test('placeholders are filled wherever the language puts them; one left unfilled shows, so a test sees it', () => {
    const t = createTranslator('en-GB', messages);
    expect(t('x.due', { date: '3 May', name: 'Amara' })).toBe('Due on 3 May, Amara.');
    expect(t('x.due', { date: '3 May' })).toBe('Due on 3 May, {name}.');
    expect(t('x.missing')).toBe('x.missing');
  });

  test('a sentence with an element in it comes in parts, in the message’s order', () => {
    const t = createTranslator('fr', { 'x.link': 'Le guide {link} va avec, {name}.' });
    expect(t.parts('x.link', { name: 'Amara' })).toEqual(['Le guide ', { slot: 'link' }, ' va avec, ', 'Amara', '.']);
  });

  test('dates are the day they name, in the page’s language, whatever the time zone; anything else as given', () => {
    expect(createTranslator('en-GB', {}).date('2026-11-21')).toBe('21 November 2026');
    expect(createTranslator('fr', {}).date('2026-11-21')).toBe('21 novembre 2026');
    expect(createTranslator('es', {}).date('2026-11-21')).toBe('21 de noviembre de 2026');
    expect(createTranslator('fr', {}).date('not a date')).toBe('not a date');
    expect(createTranslator('en-GB', {}).list(['a', 'b', 'c'])).toBe('a, b and c');
    expect(createTranslator('es', {}).list(['a', 'b', 'c'])).toBe('a, b y c');
  });
});

describe('strings files', () => {
  test('nested keys and flat keys are the same key; a plural map needs `other`', () => {
    expect(flattenMessages({ charter: { save: 'Save' }, 'charter.goals': { one: 'a', other: 'b' } }, []).messages).toEqual({ 'charter.save': 'Save', 'charter.goals': { one: 'a', other: 'b' } });
    expect(flattenMessages({ x: { one: 'a' } }).problems.map((p) => p.message)).toEqual([expect.stringContaining('needs an `other:` sentence')]);
    expect(flattenMessages({ x: ['a'] }).problems.map((p) => p.path)).toEqual([['x']]);
  });

  test('a translation may not invent a key or a placeholder, nor drop the plural forms', () => {
    const en = { 'a.b': 'Hello {name}', 'a.c': { one: '{count} x', other: '{count} xs' } };
    expect(translationProblems(en, { 'a.b': 'Bonjour {nom}', 'a.d': 'x', 'a.c': 'des x' }).map((p) => p.key)).toEqual(['a.b', 'a.d', 'a.c']);
    expect(translationProblems(en, { 'a.b': 'Bonjour {name}', 'a.c': { one: '{count} x', other: '{count} x' } })).toEqual([]);
  });
});

describe('languages', () => {
  test('the main language comes first; the older lang setting still works; British English by default', () => {
    expect(languagesOf({})).toEqual(['en-GB']);
    expect(languagesOf({ lang: 'pt-BR' })).toEqual(['pt-BR']);
    expect(languagesOf({ languages: ['fr', 'en-GB'] })).toEqual(['fr', 'en-GB']);
    expect(segmentOf('fr-CA')).toBe('fr-ca');
  });

  test('direction and names come from the language', () => {
    expect(['en-GB', 'fr', 'ar', 'he', 'fa-IR', 'ar-XB', 'en-XA'].map(dirOf)).toEqual(['ltr', 'ltr', 'rtl', 'rtl', 'rtl', 'rtl', 'ltr']);
    expect(nativeName('fr')).toBe('Français');
    expect(nativeName('es')).toBe('Español');
    expect(nativeName('en-GB', ['en-GB', 'fr'])).toBe('English');
    expect(nativeName('en-GB', ['en-GB', 'en-US'])).toBe('British English');
    expect(languageName('en-GB', 'fr')).toBe('anglais');
    expect(languageName('fr', 'es')).toBe('francés');
  });

  test('the pseudo-language is accented, 40% longer and keeps placeholders; the right-to-left one has no Latin letters', () => {
    const xa = pseudoMessages({ 'a.b': 'Save {name}', 'a.c': { one: '{count} goal', other: '{count} goals' } }, 'en-XA');
    expect(xa['a.b']).toMatch(/^⟦Šáṽé \{name\} ·+⟧$/);
    expect(String(xa['a.b']).replace(/\{name\}/, '').length).toBeGreaterThanOrEqual(Math.ceil('Save '.length * 1.4));
    expect((xa['a.c'] as Record<string, string>)['other']).toContain('{count}');
    const xb = pseudoMessages({ 'a.b': 'Save the charter {name}' }, 'ar-XB');
    expect(String(xb['a.b']).replace('{name}', '')).not.toMatch(/[A-Za-z]/);
  });
});

describe('translated content (content/<language>/)', () => {
  async function load(files: Record<string, string | ((original: string) => string)>, languages = '[en-GB, fr]') {
    const p = await handbookCopy();
    try {
      await p.edit('content/program.yaml', (t) => `${t}languages: ${languages}\n`);
      for (const [file, text] of Object.entries(files)) {
        const original = file.replace(/^content\/fr\//, 'content/').replace('checklists/other.yaml', 'checklists/harbour-closing.yaml');
        await p.write(file, typeof text === 'string' ? text : text(await p.read(original)));
      }
      return await p.load();
    } finally {
      await p.dispose();
    }
  }

  test('a faithful translation loads', async () => {
    const r = await load({ 'content/fr/checklists/harbour-closing.yaml': (t) => t.replace(/title: .*/, 'title: "Bien terminer"') });
    expect(r.report).toBe('');
    expect(r.sizes['translations']).toBe(1);
  });

  test('a translated checklist that lacks an item, adds one, or changes a kind stops the build at the line', async () => {
    const r = await load({
      'content/fr/checklists/harbour-closing.yaml': (t) => {
        const ids = [...t.matchAll(/- id: "?([a-z0-9-]+)"?/g)].map((m) => m[1]!);
        return t.replace(new RegExp(`id: "?${ids[0]}"?`), 'id: "nouveau"');
      },
    });
    expect(r.ok).toBe(false);
    expect(r.report).toMatch(/content\/fr\/checklists\/harbour-closing\.yaml, line \d+, column \d+: sections\.0\.items lacks “[a-z0-9-]+”, which content\/checklists\/harbour-closing\.yaml has/);
    expect(r.report).toMatch(/has “nouveau”, which content\/checklists\/harbour-closing\.yaml does not have/);
    const kind = await load({ 'content/fr/checklists/harbour-closing.yaml': (t) => t.replace(/kind: tick/, 'kind: prompt') });
    expect(kind.report).toMatch(/kind is "prompt" here but "tick" in content\/checklists\/harbour-closing\.yaml/);
    expect(kind.report).toContain('A translation changes only the wording');
  });

  test('a translation of a guide or checklist that does not exist, or a stray file, is named', async () => {
    const r = await load({
      'content/fr/guides/no-such-guide.mdx': '---\ntitle: X\n---\n',
      'content/fr/checklists/other.yaml': (t) => t.replace(/^id: .*/m, 'id: "no-such-checklist"'),
      'content/fr/notes.txt': 'x',
    });
    expect(r.ok).toBe(false);
    expect(r.report).toContain('content/fr/guides/no-such-guide.mdx: there is no guide content/guides/no-such-guide.mdx for this to translate');
    expect(r.report).toContain('content/fr/notes.txt: this file is not read');
    expect(r.report).toContain('content/fr/checklists/other.yaml: there is no checklist with the id “no-such-checklist”');
  });

  test('the self-assessment translated with another threshold, or without a behaviour, stops the build', async () => {
    const r = await load({ 'content/fr/assessments/reciprocity.yaml': (t) => t.replace(/^balanceThreshold: (\d+)/m, 'balanceThreshold: 20') });
    expect(r.ok).toBe(false);
    expect(r.report).toMatch(/balanceThreshold is 20 here but \d+ in content\/assessments\/reciprocity\.yaml/);
  });
});
