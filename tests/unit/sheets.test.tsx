import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import type { Checklist } from '../../src/lib/checklists/schema';
import type { ConcernsContact } from '../../src/lib/program-schema';
import CharterDocument from '../../src/islands/charter/CharterDocument';
import { englishStrings } from '../helpers/strings';
import ChecklistSheet from '../../src/islands/reflection/ChecklistSheet';
import { charterDefinition } from './helpers/charter-def';

const strings = englishStrings('reflection');

const concerns: ConcernsContact = {
  name: 'Daniel Mensah',
  email: 'concerns@example.org',
  phone: '020 7946 0321',
  confidentiality: 'What you say stays between you and Daniel.',
  otherRoutes: [{ name: 'The Speak Up line', phone: '0800 014 8990', url: 'https://speakup.example.org' }],
  emergency: 'If someone is in danger now, call 999.',
  support: [{ name: 'Employee assistance programme', phone: '0800 014 8991' }],
};

const checklist: Checklist = {
  id: 'after-session',
  title: 'After a session',
  description: 'd',
  audience: ['mentor', 'mentee'],
  when: 'after-session',
  intro: 'Fill this in on the day.',
  concernsContact: false,
  sections: [
    {
      title: 'What I learned',
      items: [
        { id: 'named', kind: 'tick', text: 'I can name one thing I learned.' },
        { id: 'useful', kind: 'prompt', text: 'What was most useful?', lines: 3 },
      ],
    },
  ],
};

describe('<ChecklistSheet>', () => {
  it('prints blank with tick boxes and ruled lines for the prompts', () => {
    const html = renderToString(<ChecklistSheet strings={strings} checklist={checklist} programName="Tandem" />);
    expect(html).toContain('After a session');
    expect(html.match(/class="tick-box"/g)).toHaveLength(1);
    expect(html.match(/class="write-line"/g)).toHaveLength(3);
    expect(html).not.toContain('(ticked)');
  });

  it('prints a filled entry with its ticks and notes, as text', () => {
    const html = renderToString(
      <ChecklistSheet strings={strings} checklist={checklist} programName="Tandem" entry={{ date: '19 November 2026', ticks: { named: true }, notes: { useful: '<img src=x onerror=alert(1)>' } }} />,
    );
    expect(html).toContain('class="tick-box ticked"');
    expect(html).toContain('(ticked)');
    expect(html).toContain('19 November 2026');
    expect(html).toContain('&lt;img src=x onerror=alert(1)>');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('class="write-line"');
  });

  it('asks a coordinator for the cohort, not a partner', () => {
    expect(renderToString(<ChecklistSheet strings={strings} checklist={checklist} programName="Tandem" />)).toContain('Partner');
    const html = renderToString(<ChecklistSheet strings={strings} checklist={{ ...checklist, audience: ['coordinator'] }} programName="Tandem" />);
    expect(html).toContain('Cohort');
    expect(html).not.toContain('Partner');
  });

  it('shows the concerns contact only on a checklist that asks for it', () => {
    expect(renderToString(<ChecklistSheet strings={strings} checklist={checklist} programName="Tandem" concerns={concerns} />)).not.toContain('Daniel Mensah');
    const html = renderToString(<ChecklistSheet strings={strings} checklist={{ ...checklist, concernsContact: true }} programName="Tandem" concerns={concerns} />);
    expect(html).toContain('Daniel Mensah');
    expect(html).toContain('href="mailto:concerns@example.org"');
    // The number on one line; the link dials it.
    expect(html).toContain('<a href="tel:02079460321">020\u00a07946\u00a00321</a>');
    expect(html).toContain('What you say stays between you and Daniel.');
  });

  it('names its sections after the sheet too inside a larger page, where another sheet may have the same section', () => {
    expect(renderToString(<ChecklistSheet strings={strings} checklist={checklist} programName="Tandem" />)).toContain('<section class="sheet-section" aria-label="What I learned">');
    expect(renderToString(<ChecklistSheet strings={strings} checklist={checklist} programName="Tandem" level={2} />)).toContain('<section class="sheet-section" aria-label="After a session: What I learned">');
  });
});

describe('<CharterDocument>', () => {
  const def = charterDefinition();
  it('prints a blank charter with every section, prompts, writing lines and signature lines', () => {
    const html = renderToString(<CharterDocument strings={englishStrings('charter', 'charterDoc')} def={def} programName="Tandem" />);
    for (const s of def.sections) expect(html).toContain(s.title);
    expect(html).toContain(def.sections[0]!.prompt);
    expect(html).toContain('class="write-line"');
    expect(html.match(/class="sig-line"/g)).toHaveLength(2);
  });
  it('prints a filled charter with its values as text and the names on the signature lines', () => {
    const html = renderToString(
      <CharterDocument strings={englishStrings('charter', 'charterDoc')} def={def} programName="Tandem" title="A & B" values={{ 'partners.mentorName': 'Tomasz', 'partners.menteeName': '"><script>alert(1)</script>', 'feedback.candour': '4' }} />,
    );
    expect(html).toContain('Mentor: Tomasz');
    expect(html).toContain('&quot;>&lt;script>alert(1)&lt;/script>');
    expect(html).not.toContain('<script');
    expect(html).toContain('Direct (4 of 5)');
  });
  it('fills in the programme’s concerns contact where a section asks for it, blank or filled', () => {
    for (const values of [undefined, { 'partners.mentorName': 'Tomasz' }]) {
      const html = renderToString(<CharterDocument strings={englishStrings('charter', 'charterDoc')} def={def} programName="Tandem" concerns={concerns} {...(values ? { values } : {})} />);
      expect(html).toContain('The programme’s concerns contact');
      expect(html).toContain('Daniel Mensah, concerns@example.org, 020 7946 0321. What you say stays between you and Daniel.');
    }
  });
  it('says an empty optional section is for later, and prints it once written', () => {
    const empty = renderToString(<CharterDocument strings={englishStrings('charter', 'charterDoc')} def={def} programName="Tandem" values={{ 'partners.mentorName': 'Tomasz' }} />);
    expect(empty).toContain('Optional: not written yet');
    const written = renderToString(<CharterDocument strings={englishStrings('charter', 'charterDoc')} def={def} programName="Tandem" values={{ 'advocacy.mentorCommits': 'Name Amara for the pitch team.' }} />);
    expect(written).not.toContain('Optional: not written yet');
    expect(written).toContain('Name Amara for the pitch team.');
  });
});
