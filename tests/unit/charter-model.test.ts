import { describe, expect, it } from 'vitest';
import { roleKey } from '../../src/lib/charter/definition';
import { definitionProblems, type CharterDefinition } from '../../src/lib/charter/schema';
import { isRealDate, validateCharter } from '../../src/lib/charter/validate';
import { blankCharter, completeness, displayTitle, suggestedTitle, suggestions } from '../../src/lib/charter/values';
import { charterMarkdown, escapeMarkdown } from '../../src/lib/charter/markdown';
import { charterChanges, wordDiff } from '../../src/lib/charter/diff';
import type { CharterValues } from '../../src/lib/docs/charter-doc';
import { charterDefinition } from './helpers/charter-def';
import { enT } from '../helpers/strings';

const def = charterDefinition();
const key = (role: Parameters<typeof roleKey>[1]) => roleKey(def, role)!;

describe('the charter definition these tests use (tests/fixtures/content/charter.yaml)', () => {
  it('is a valid definition with every role the tools use', () => {
    expect(definitionProblems(def)).toEqual([]);
    for (const role of ['mentor-name', 'mentee-name', 'start-date', 'end-date', 'review-date', 'session-minutes', 'cadence', 'first-meeting-date', 'candour'] as const) {
      expect(roleKey(def, role), role).toBeDefined();
    }
  });

  it('has the default sections', () => {
    expect(def.sections.map((s) => s.id)).toEqual(['partners', 'purpose', 'objectives', 'brings', 'roles', 'rhythm', 'feedback', 'boundaries', 'confidentiality', 'conflicts', 'credit', 'advocacy', 'problems', 'review']);
  });

  it('asks what a partnership agreement records, with candour agreed in both directions', () => {
    const labels = def.sections.flatMap((s) => s.fields.map((f) => `${s.id}.${f.id}: ${f.label}`));
    for (const expected of [
      'partners.length: How long it runs',
      'partners.endDate: End date (optional)',
      'roles.agenda: Who sets the agenda',
      'roles.summary: Who writes the summary',
      'confidentiality.limits: What cannot stay between us',
      'conflicts.ties: Reporting lines and other ties between us',
      'conflicts.plan: What we will do about them',
      'credit.credit: How we share credit',
      'problems.steps: What either of us will do',
      'review.success: How we will judge whether it worked',
      'feedback.candour: How direct the mentor is with the mentee',
      'feedback.menteeCandour: How direct the mentee is with the mentor',
    ]) {
      expect(labels).toContain(expected);
    }
    expect(def.sections.find((s) => s.id === 'problems')!.concernsContact).toBe(true);
    expect(def.sections.filter((s) => s.optional).map((s) => s.id)).toEqual(['advocacy']);
  });

  it('keeps the first meeting’s time and zone out of the agreement, and every key the first definition used for the agreement', () => {
    const keys = def.sections.flatMap((s) => s.fields.map((f) => `${s.id}.${f.id}`));
    expect(keys).not.toContain('rhythm.firstTime');
    expect(keys).not.toContain('rhythm.timeZone');
    expect(def.sections.flatMap((s) => s.fields).some((f) => f.kind === 'time' || f.kind === 'timezone')).toBe(false);
    // The first definition's keys, less the two that moved to the calendar file.
    const first = ['partners.mentorName', 'partners.menteeName', 'partners.startDate', 'partners.cohort', 'purpose.purpose', 'objectives.mentee', 'objectives.mentor', 'brings.mentorOffers', 'brings.menteeOffers', 'rhythm.cadence', 'rhythm.cadenceWeeks', 'rhythm.sessionMinutes', 'rhythm.firstDate', 'rhythm.format', 'rhythm.channel', 'rhythm.scheduler', 'rhythm.replyTime', 'feedback.format', 'feedback.candour', 'feedback.setbacks', 'boundaries.inScope', 'boundaries.offLimits', 'boundaries.constraints', 'confidentiality.staysBetween', 'confidentiality.mayShare', 'advocacy.mentorCommits', 'advocacy.menteeCommits', 'review.reviewDate', 'review.reviewEveryWeeks', 'review.ending', 'review.atTheEnd'];
    for (const k of first) expect(keys, k).toContain(k);
  });
});

describe('definitionProblems', () => {
  const base = (): CharterDefinition => JSON.parse(JSON.stringify(def));
  it('finds duplicate ids, misplaced roles, bad choices and scales', () => {
    const d = base();
    d.sections[1]!.id = 'partners';
    d.sections[2]!.fields.push({ id: 'mentee', label: 'x', kind: 'text' });
    d.sections[3]!.fields[0]!.role = 'review-date';
    d.sections[4]!.fields.push({ id: 'pick', label: 'x', kind: 'choice', options: [{ value: 'a', label: 'A' }] });
    d.sections.find((s) => s.id === 'feedback')!.fields.find((f) => f.kind === 'scale')!.labels = ['a', 'b'];
    const messages = definitionProblems(d).map((p) => p.message);
    expect(messages).toContain('section id “partners” is used twice');
    expect(messages).toContain('field id “mentee” is used twice in section “objectives”');
    expect(messages.some((m) => m.startsWith('role “review-date” needs a field of kind date'))).toBe(true);
    expect(messages.some((m) => m.startsWith('role “review-date” is already on'))).toBe(true);
    expect(messages).toContain('a choice field needs at least two options');
    expect(messages).toContain('a scale field needs exactly five labels');
  });
  it('requires the name roles', () => {
    const d = base();
    d.sections[0]!.fields = d.sections[0]!.fields.filter((f) => f.role !== 'mentor-name');
    expect(definitionProblems(d).map((p) => p.message)).toContain('some text field must have role “mentor-name” (the charter’s signature lines and sharing need it)');
  });
  it('refuses a showWhen value the choice does not offer, which would hide the field for good', () => {
    const d = base();
    const weeks = d.sections.flatMap((s) => s.fields).find((f) => f.showWhen?.field === 'cadence')!;
    weeks.showWhen = { field: 'cadence', equals: 'every-few-weeks' };
    expect(definitionProblems(d).map((p) => p.message)).toEqual(['showWhen: equals “every-few-weeks” is not one of the values of “cadence” (weekly, fortnightly, monthly, every-n-weeks), so this field would never show']);
  });
});

describe('validateCharter', () => {
  it('accepts real dates only', () => {
    expect(isRealDate('2028-02-29')).toBe(true);
    expect(isRealDate('2026-02-29')).toBe(false);
    expect(isRealDate('2026-13-01')).toBe(false);
    expect(isRealDate('14/03/2026')).toBe(false);
  });

  it('flags bad input, keeping it as typed', () => {
    const values: CharterValues = {
      [key('start-date')]: '2026-02-30',
      [key('session-minutes')]: '500',
      [key('first-meeting-date')]: '2026-04-31',
    };
    const issues = validateCharter(enT, def, values);
    expect(issues.map((i) => i.key).sort()).toEqual([key('first-meeting-date'), key('session-minutes'), key('start-date')].sort());
    expect(issues.find((i) => i.key === key('session-minutes'))!.message).toBe('Session length (minutes) must be between 10 and 480.');
    expect(values[key('session-minutes')]).toBe('500');
  });

  it('session length edges: 10 and 480 pass, 9 and 481 fail', () => {
    for (const [v, ok] of [['10', true], ['480', true], ['9', false], ['481', false], ['45.5', false]] as const) {
      expect(validateCharter(enT, def, { [key('session-minutes')]: v }).length === 0, v).toBe(ok);
    }
  });

  it('wants the review and the end after the start', () => {
    const issues = validateCharter(enT, def, { [key('start-date')]: '2026-09-01', [key('review-date')]: '2026-09-01', [key('end-date')]: '2026-08-31' });
    expect(issues).toEqual([
      { key: key('review-date'), message: 'The next review date must be after the start date.' },
      { key: key('end-date'), message: 'The end date must be after the start date.' },
    ]);
    expect(validateCharter(enT, def, { [key('start-date')]: '2026-09-01', [key('review-date')]: '2026-09-02', [key('end-date')]: '2027-06-01' })).toEqual([]);
  });

  it.each([
    ['on the start day', '2026-09-01', ['The mid-point review date must be after the start date.']],
    ['before the start', '2026-08-01', ['The mid-point review date must be after the start date.']],
    ['on the end day', '2027-06-01', ['The mid-point review date must be before the end date.']],
    ['after the end', '2027-09-01', ['The mid-point review date must be before the end date.']],
    ['half-typed (year 0020): flagged as not a real date only', '0020-03-15', ['“0020-03-15” is not a real date']],
    ['the day after the start', '2026-09-02', []],
    ['the day before the end', '2027-05-31', []],
  ] as const)('the mid-point review date %s', (_name, mid, expected) => {
    const issues = validateCharter(enT, def, { [key('start-date')]: '2026-09-01', [key('end-date')]: '2027-06-01', [key('mid-point-date')]: mid });
    expect(issues.map((i) => i.key)).toEqual(expected.map(() => key('mid-point-date')));
    expected.forEach((m, i) => expect(issues[i]!.message).toContain(m));
  });

  it.each([
    ['after the end', '2027-07-01', ['The first meeting must be before the end date.']],
    ['on the end day', '2027-06-01', ['The first meeting must be before the end date.']],
    ['the day before the end', '2027-05-31', []],
  ] as const)('the first meeting %s', (_name, first, expected) => {
    const issues = validateCharter(enT, def, { [key('end-date')]: '2027-06-01', [key('first-meeting-date')]: first });
    expect(issues.map((i) => i.message)).toEqual(expected);
  });

  it('needs both names to agree, in words that say so', () => {
    expect(validateCharter(enT, def, { [key('mentor-name')]: 'Tomasz' }, 'agree').map((i) => i.message)).toEqual(['Add the mentee’s name before you agree the charter.']);
  });

  it('needs both names to share or print, not to edit', () => {
    expect(validateCharter(enT, def, {}, 'edit')).toEqual([]);
    expect(validateCharter(enT, def, { [key('mentor-name')]: 'Tomasz' }, 'share').map((i) => i.message)).toEqual(['Add the mentee’s name before you share the charter.']);
    expect(validateCharter(enT, def, {}, 'print')).toHaveLength(2);
  });

  it('checks milestone dates and hidden fields only when shown', () => {
    const goals = [{ id: 'g1', text: 'x', success: '', milestones: [{ id: 'm1', date: '2026-04-31', text: 'y' }] }];
    expect(validateCharter(enT, def, { [key('mentee-goals')]: goals }).map((i) => i.key)).toEqual([`${key('mentee-goals')}/g1/m1`]);
    expect(validateCharter(enT, def, { [key('cadence')]: 'weekly', [key('cadence-weeks')]: '99' })).toEqual([]);
    expect(validateCharter(enT, def, { [key('cadence')]: 'every-n-weeks', [key('cadence-weeks')]: '99' })).toHaveLength(1);
  });
});

describe('completeness and titles', () => {
  it('counts sections with something written', () => {
    const c = completeness(def, { [key('mentor-name')]: 'Tomasz', 'purpose.purpose': '  ', [key('mentee-goals')]: [{ id: 'g', text: 'Lead', success: '', milestones: [] }] });
    expect(c.filled).toBe(2);
    expect(c.sections.filter((s) => s.filled).map((s) => s.id)).toEqual(['partners', 'objectives']);
  });
  it('counts only the sections to write: an optional one (advocacy, until the first review) is listed apart, written or not', () => {
    const optional = def.sections.filter((s) => s.optional).length;
    expect(optional).toBeGreaterThan(0);
    expect(completeness(def, {})).toMatchObject({ filled: 0, total: def.sections.length - optional });
    const written = completeness(def, { 'advocacy.mentorCommits': 'Put Amara forward for the pitch team.' });
    expect(written).toMatchObject({ filled: 0, total: def.sections.length - optional });
    expect(written.sections.find((s) => s.id === 'advocacy')).toMatchObject({ filled: true, optional: true });
  });
  it('suggests a title from the names', () => {
    expect(suggestedTitle(def, { [key('mentor-name')]: 'Tomasz', [key('mentee-name')]: 'Amara' })).toBe('Amara & Tomasz');
    expect(displayTitle(def, { title: '', values: {} })).toBe('Untitled charter');
  });
  it('starts a new charter empty, so an untouched charter reads 0 written, with the programme defaults as suggestions', () => {
    const c = blankCharter();
    expect(c.values).toEqual({});
    expect(completeness(def, c.values).filled).toBe(0);
    expect(suggestions(def, { today: '2026-11-21', cadence: 'every-n-weeks', cadenceWeeks: 3, reviewWeeks: 12 })).toEqual({
      [key('start-date')]: '2026-11-21',
      [key('cadence')]: 'every-n-weeks',
      [key('cadence-weeks')]: '3',
      [key('review-weeks')]: '12',
    });
  });
});

describe('Markdown export', () => {
  const values: CharterValues = {
    [key('mentor-name')]: 'Tomasz Nowak',
    [key('mentee-name')]: 'Amara Okafor',
    [key('start-date')]: '2026-09-01',
    'purpose.purpose': 'Lead a team.\nLearn from each other.',
    [key('mentee-goals')]: [{ id: 'g1', text: 'Chair the review', success: 'Asked to keep chairing', milestones: [{ id: 'm1', date: '2026-10-15', text: 'Chair once' }] }],
    [key('cadence')]: 'fortnightly',
    [key('session-minutes')]: '45',
    [key('candour')]: '4',
    'boundaries.offLimits': '<img src=x onerror=alert(1)> and [a link](javascript:alert(1))',
  };
  it('matches the snapshot', () => {
    const concerns = {
      name: 'Daniel Mensah',
      email: 'concerns@example.org',
      confidentiality: 'What you say stays between you and Daniel.',
      otherRoutes: [{ name: 'Amina Yusuf, Head of People', when: 'If your concern is about Daniel', email: 'people@example.org' }],
      emergency: 'If someone is in danger now, call 999.',
    };
    expect(charterMarkdown(enT, def, { title: '', values }, 'Tandem', '21 November 2026', concerns)).toMatchSnapshot();
  });
  it('shows markup as text, never as HTML or a link', () => {
    const md = charterMarkdown(enT, def, { title: '', values }, 'Tandem', 'today');
    expect(md).toContain('\\<img src=x onerror=alert(1)\\>');
    expect(md).not.toMatch(/[^\\]<img/);
    expect(md).not.toMatch(/[^\\]\[a link\]/);
  });
  it('escapes Markdown punctuation', () => {
    expect(escapeMarkdown('# *bold* _x_ 1. item & co &amp;')).toBe('\\# \\*bold\\* \\_x\\_ 1. item & co \\&amp;');
    expect(escapeMarkdown('- list\n2. two\n+ three')).toBe('\\- list\n2\\. two\n\\+ three');
  });
});

describe('section diff', () => {
  it('lists only changed fields, grouped by section, word by word', () => {
    const before: CharterValues = { 'purpose.purpose': 'Help Amara lead a team', [key('session-minutes')]: '45' };
    const after: CharterValues = { 'purpose.purpose': 'Help Amara lead a bigger team', [key('session-minutes')]: '45' };
    const changes = charterChanges(enT, def, before, after);
    expect(changes.map((c) => c.id)).toEqual(['purpose']);
    expect(changes[0]!.fields[0]!.parts.filter((p) => p.change === 'added').map((p) => p.text.trim())).toEqual(['bigger']);
  });
  it('treats empty and missing as the same', () => {
    expect(charterChanges(enT, def, { 'purpose.purpose': '' }, {})).toEqual([]);
  });
  it('diffs words', () => {
    expect(wordDiff('a b', 'a c')!.map((p) => p.change)).toEqual(['same', 'removed', 'added']);
  });
  it('a long text rewritten from scratch is shown as rewritten, within the time limit', () => {
    const words = (seed: number) => Array.from({ length: 6000 }, (_, i) => `w${(i * seed) % 9973}`).join(' ');
    const started = Date.now();
    const changes = charterChanges(enT, def, { 'purpose.purpose': words(7) }, { 'purpose.purpose': words(13) });
    expect(Date.now() - started).toBeLessThan(2500);
    const field = changes[0]!.fields[0]!;
    expect(field.rewritten).toBe(true);
    expect(field.parts.map((p) => p.change)).toEqual(['removed', 'added']);
  });
});

describe('values that are not valid for their field are flagged, never changed', () => {
  it('flags a bad date, time, number, choice, scale, time zone and milestone date', () => {
    const def = charterDefinition();
    // A coordinator may add time and time-zone fields of their own.
    def.sections.push({ id: 'extra', title: 'Extra', prompt: 'When?', examples: [], optional: false, essential: false, concernsContact: false, fields: [{ id: 'time', label: 'A time', kind: 'time' }, { id: 'zone', label: 'A zone', kind: 'timezone' }] });
    const key = (role: Parameters<typeof roleKey>[1]) => roleKey(def, role)!;
    const values = {
      [key('first-meeting-date')]: '2026-13-45',
      'extra.time': '99:99',
      [key('session-minutes')]: 'abc',
      [key('cadence')]: 'hourly',
      [key('candour')]: '42',
      'extra.zone': 'Mars/Olympus',
      [key('mentee-goals')]: [{ id: 'g', text: 'x', success: '', milestones: [{ id: 'm', date: 'someday', text: 'y' }] }],
    };
    const issues = validateCharter(enT, def, values).map((i) => i.key);
    expect(issues).toEqual(expect.arrayContaining([key('first-meeting-date'), 'extra.time', key('session-minutes'), key('cadence'), key('candour'), 'extra.zone', `${key('mentee-goals')}/g/m`]));
    expect(validateCharter(enT, def, { 'extra.zone': 'Europe/London', [key('cadence')]: 'monthly', [key('candour')]: '3' })).toEqual([]);
  });
});

describe('a time zone in words', () => {
  it('reads as the form lists it, with spaces for underscores, on paper, in the shared view and in Markdown', async () => {
    const { readableValue } = await import('../../src/lib/charter/text');
    expect(readableValue(enT, { id: 'z', label: 'Zone', kind: 'timezone' }, 'America/Los_Angeles')).toBe('America/Los Angeles');
    expect(readableValue(enT, { id: 'z', label: 'Zone', kind: 'text' }, 'snake_case')).toBe('snake_case');
  });
});
