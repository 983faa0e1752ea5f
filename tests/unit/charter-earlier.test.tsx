import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import CharterDocument from '../../src/islands/charter/CharterDocument';
import { copyEarlier, copyTargets, earlierAnswers, suggestedTarget, withoutEarlier } from '../../src/lib/charter/earlier';
import { charterMarkdown } from '../../src/lib/charter/markdown';
import type { CharterValues } from '../../src/lib/docs/charter-doc';
import { charterDefinition } from './helpers/charter-def';
import { enT, englishStrings } from '../helpers/strings';

/**
 * A coordinator renamed `purpose.purpose` to `purpose.aim` and removed `rhythm.agenda` after pairs
 * had written in them: their answers stay visible and can be copied into current fields.
 */
const def = charterDefinition();
const EARLIER_HEADING = enT('charter.earlier.heading');
const labels = { 'purpose.purpose-old': 'Why we meet', 'rhythm.agenda': 'Our agenda' };
const goals = [{ id: 'g1', text: 'Chair the review', success: 'Asked again', milestones: [{ id: 'm1', date: '2026-10-15', text: 'Chair once' }] }];
const values: CharterValues = {
  'partners.mentorName': 'Tomasz',
  'partners.menteeName': 'Amara',
  'purpose.purpose-old': 'Lead a team.\nLearn from each other.',
  'rhythm.agenda': '   ',
  'objectives.old-goals': goals,
};
let n = 0;
const newId = () => `new${++n}`;

describe('answers from an earlier version of the charter', () => {
  it('are the filled values no current field has, labelled from content/.ids.json or by key', () => {
    const earlier = earlierAnswers(enT, def, values, labels);
    expect(earlier.map((a) => [a.key, a.label])).toEqual([
      ['purpose.purpose-old', 'Why we meet'],
      ['objectives.old-goals', 'An answer saved as “objectives.old-goals”'],
    ]);
    expect(earlier[0]!.text).toBe('Lead a team.\nLearn from each other.');
    expect(earlier[1]!.text).toContain('1. Chair the review');
  });

  it('can be copied into text fields (text) or goals fields (goals), after what is there', () => {
    expect(copyTargets(enT, def, 'x').map((t) => t.key)).toContain('purpose.purpose');
    expect(copyTargets(enT, def, 'x').every((t) => !t.key.startsWith('objectives.'))).toBe(true);
    expect(copyTargets(enT, def, goals).map((t) => t.label)).toEqual(['Objectives on both sides: The mentee’s goals', 'Objectives on both sides: The mentor’s goals']);

    const once = copyEarlier(def, values, 'purpose.purpose-old', 'purpose.purpose', newId);
    expect(once['purpose.purpose']).toBe('Lead a team.\nLearn from each other.');
    const twice = copyEarlier(def, { ...values, 'purpose.purpose': 'Grow.' }, 'purpose.purpose-old', 'purpose.purpose', newId);
    expect(twice['purpose.purpose']).toBe('Grow.\n\nLead a team.\nLearn from each other.');
    expect(twice['purpose.purpose-old']).toBe(values['purpose.purpose-old']);
    // A one-line field gets one line.
    expect(copyEarlier(def, values, 'purpose.purpose-old', 'partners.cohort', newId)['partners.cohort']).toBe('Lead a team. Learn from each other.');
    // Goals keep their words, with new ids, after the goals already there.
    const g = copyEarlier(def, { ...values, 'objectives.mentee': [{ id: 'x', text: 'Mine', success: '', milestones: [] }] }, 'objectives.old-goals', 'objectives.mentee', newId)['objectives.mentee'];
    expect(Array.isArray(g) && g.map((x) => [x.text, x.milestones[0]?.text])).toEqual([['Mine', undefined], ['Chair the review', 'Chair once']]);
    expect(Array.isArray(g) && g[1]!.id).not.toBe('g1');
    // Text never goes into a goals field, nor goals into a text field.
    expect(copyEarlier(def, values, 'purpose.purpose-old', 'objectives.mentee', newId)).toBe(values);
    expect(copyEarlier(def, values, 'objectives.old-goals', 'purpose.purpose', newId)).toBe(values);
  });

  it('suggest the field they most likely belong in: a paragraph (or goals) field of the same section', () => {
    expect(suggestedTarget(def, 'purpose.purpose-old', 'x')).toBe('purpose.purpose');
    expect(suggestedTarget(def, 'partners.nickname', 'x')).toBeUndefined();
    expect(suggestedTarget(def, 'objectives.old-goals', goals)).toBe('objectives.mentee');
    expect(suggestedTarget(def, 'rhythm.old', goals)).toBeUndefined();
    expect(suggestedTarget(def, 'gone.field', 'x')).toBeUndefined();
  });

  it('can be removed', () => {
    expect(Object.keys(withoutEarlier(values, 'purpose.purpose-old'))).not.toContain('purpose.purpose-old');
  });

  it('are printed, after the current sections', () => {
    const html = renderToString(<CharterDocument strings={englishStrings('charter', 'charterDoc')} def={def} programName="Harbour" values={values} earlierLabels={labels} />);
    expect(html).toContain(EARLIER_HEADING);
    expect(html.indexOf(EARLIER_HEADING)).toBeGreaterThan(html.indexOf('Review'));
    expect(html).toContain('Why we meet');
    expect(html).toContain('Lead a team.\nLearn from each other.');
    // A blank charter has none; a charter without them shows no such block.
    expect(renderToString(<CharterDocument strings={englishStrings('charter', 'charterDoc')} def={def} programName="Harbour" />)).not.toContain(EARLIER_HEADING);
    expect(renderToString(<CharterDocument strings={englishStrings('charter', 'charterDoc')} def={def} programName="Harbour" values={{ 'partners.mentorName': 'T' }} />)).not.toContain(EARLIER_HEADING);
  });

  it('are exported to Markdown', () => {
    const md = charterMarkdown(enT, def, { title: '', values }, 'Harbour', '21 November 2026', undefined, labels);
    expect(md.slice(md.indexOf(`## ${EARLIER_HEADING}`))).toBe(
      `## ${EARLIER_HEADING}\n\n**Why we meet**\n\nLead a team.  \nLearn from each other.\n\n**An answer saved as “objectives.old-goals”**\n\n1. **Chair the review**\n   - Success looks like: Asked again\n   - Milestone (2026-10-15): Chair once\n`,
    );
  });
});
