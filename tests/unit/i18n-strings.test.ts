/**
 * The interface's strings files (src/i18n/<language>/): every key in every shipped language, with the
 * same placeholders and plural forms; every key the code uses exists; no key is left unused.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { SHIPPED } from '../../src/lib/i18n/languages';
import { placeholdersOf, translationProblems } from '../../src/lib/i18n/messages';
import { englishMessages, partsOf, shippedMessages } from '../../src/lib/i18n/shipped';

const root = join(import.meta.dirname, '../..');
const english = englishMessages();

/** Every source file of the site (pages, components, islands, src/lib), with its text. */
function sources(): { file: string; text: string }[] {
  const out: { file: string; text: string }[] = [];
  for (const d of readdirSync(join(root, 'src'), {
    recursive: true,
    withFileTypes: true,
  })) {
    if (!d.isFile() || !/\.(ts|tsx|astro|mjs)$/.test(d.name)) continue;
    const file = join(d.parentPath, d.name);
    out.push({
      file: file.slice(root.length + 1),
      text: readFileSync(file, 'utf8'),
    });
  }
  return out;
}

describe('shipped languages', () => {
  test('English has strings, in parts', () => {
    expect(Object.keys(english).length).toBeGreaterThan(0);
    expect(partsOf(english)).toContain('common');
  });

  for (const code of SHIPPED.filter((c) => c !== 'en')) {
    describe(code, () => {
      const messages = shippedMessages(code);
      test('has every English key', () => {
        expect(Object.keys(english).filter((k) => !(k in messages))).toEqual([]);
      });
      test('has no key English lacks, and fills only the placeholders English fills', () => {
        expect(translationProblems(english, messages)).toEqual([]);
      });
      test('keeps every placeholder English uses (a name or a number left out misleads)', () => {
        const lost = Object.entries(english).flatMap(([key, m]) => {
          const mine = placeholdersOf(messages[key] ?? '');
          return [...placeholdersOf(m)].filter((p) => p !== 'count' && !mine.has(p)).map((p) => `${key}: {${p}}`);
        });
        expect(lost).toEqual([]);
      });
      test('a message with a number has a form for each plural category the language uses', () => {
        const categories = new Intl.PluralRules(code).resolvedOptions().pluralCategories.filter((c) => c !== 'many');
        const missing = Object.entries(messages).flatMap(([key, m]) => (typeof m === 'string' ? [] : categories.filter((c) => !(c in m)).map((c) => `${key}: ${c}`)));
        expect(missing).toEqual([]);
      });
      test('no message is left in English (a translation the same as English is listed in SAME_IN)', () => {
        const same = Object.entries(messages).filter(([key, m]) => typeof m === 'string' && m === english[key] && /[a-z]{3}/i.test(m.replace(/\{[A-Za-z0-9_]+\}/g, '')) && !SAME_IN[code]?.includes(key));
        expect(same.map(([k]) => k)).toEqual([]);
      });
    });
  }
});

/** Keys whose text is rightly the same as English in a language ("Tandem", "Email"). */
const SAME_IN: Record<string, string[]> = {
  fr: [
    // Reflection: "Journal", "Date", an entry's name ("{title}, {date}").
    'reflection.journal.title',
    'reflection.sheet.date',
    'reflection.doc.describe',
    // My mentoring: the word "mentor", "Actions", "Date", "action 2", and messages that are only placeholders and punctuation.
    'mentoring.who.mentor',
    'mentoring.whose.mentor',
    'mentoring.session.actions',
    'mentoring.session.actionNumber',
    'mentoring.sheet.date',
    'mentoring.facts.names',
    'mentoring.next.when',
    'mentoring.assessments.line',
    // Site: "Guides", "Mentors", "Date".
    'site.nav.guides',
    'site.guides.title',
    'site.audience.mentor.plural',
    'site.audience.mentor.inText',
    'site.worksheets.lines.date',
    // My data and search: the word "document", "Actions", "Mentors".
    'common.kinds.document',
    'data.kinds.document.name',
    'data.kinds.document.names',
    'data.kinds.document.all',
    'data.stored.actions',
    'search.audience.mentor',
  ],
  es: [
    'site.guide.withSummary',
    // A label and its text with a colon between: Spanish punctuates them as English does.
    'charterDoc.colon.pair',
    'charterDoc.colon.label',
    // My mentoring: the word "mentor", and messages that are only placeholders and punctuation.
    'mentoring.who.mentor',
    'mentoring.whose.mentor',
    'mentoring.labelled',
    'mentoring.label',
    'mentoring.panel.calendarMore',
    'mentoring.facts.names',
    'mentoring.next.when',
    'mentoring.due.item',
    'mentoring.log.item',
    'mentoring.assessments.line',
    // Reflection: a section named after its sheet ("{checklist}: {section}"), an entry's name ("{title}, {date}").
    'reflection.sheet.section',
    'reflection.doc.describe',
    // The charter builder: a colon before a section's name, said after "Why this matters".
    'charter.editor.guideHidden',
  ],
};
// The reciprocity self-assessment: messages made only of placeholders and notation ("{n} = {answer}"), and French words spelt as in English.
const RECIPROCITY_NOTATION = ['results.meta.plain', 'results.meta.named', 'results.priorities.balance', 'earlier.meta', 'sheet.scaleBox', 'sheet.answerPoints', 'sheet.bandRange'].map((k) => `reciprocity.${k}`);
SAME_IN['fr']!.push(...RECIPROCITY_NOTATION, 'reciprocity.dimension', 'reciprocity.sheet.date', 'reciprocity.sheet.key.score', 'reciprocity.sheet.key.scoreColumn');
SAME_IN['es']!.push(...RECIPROCITY_NOTATION, 'reciprocity.results.priorities.part', 'reciprocity.history.card', 'reciprocity.compare.balanceTheirs', 'reciprocity.sheet.key.bandsDimension');

describe('keys in the code', () => {
  const files = sources();
  const all = files.map((f) => f.text).join('\n');
  const literal = /(['"`])((?:[a-z][A-Za-z0-9]*)(?:\.[A-Za-z0-9-]+)+)\1/g;

  test('every key the code names exists in English', () => {
    const parts = new Set(partsOf(english));
    const missing = files.flatMap(({ file, text }) =>
      [...text.matchAll(/\bt(?:\.parts|\.has)?\(\s*(['"`])([^'"`$]+)\1|\bk=(['"])([^'"]+)\3/g)]
        .map((m) => m[2] ?? m[4]!)
        .filter((key) => parts.has(key.split('.')[0]!) && !(key in english))
        .map((key) => `${file}: ${key}`),
    );
    expect(missing).toEqual([]);
  });

  test('no key is unused (each is written out in full somewhere in src/)', () => {
    const used = new Set([...all.matchAll(literal)].map((m) => m[2]!));
    expect(Object.keys(english).filter((k) => !used.has(k))).toEqual([]);
  });
});
