import { describe, expect, it } from 'vitest';
import { concernsLabel, concernsLine, optionalSectionNote, otherRoutesLead, otherRoutesParagraph } from '../../src/lib/concerns';
import type { ConcernsContact } from '../../src/lib/program-schema';
import { enT, tIn } from '../helpers/strings';

const concerns = {
  name: 'Daniel Fraser',
  email: 'concerns@example.org',
  phone: '020 7946 0321',
  confidentiality: 'What you say stays with Daniel unless someone is at risk.',
  otherRoutes: [
    { name: 'Amina Yusuf, Head of People', when: 'If your concern is about Daniel', email: 'people@example.org' },
    { name: 'The staff helpline', phone: '0800 123 456' },
  ],
  emergency: 'In an emergency, call 999.',
  support: [{ name: 'Samaritans', phone: '116 123' }],
} as ConcernsContact;

describe('the concerns contact in words', () => {
  it('says it in English as the charter always has', () => {
    expect(concernsLabel(enT)).toBe('The programme’s concerns contact');
    expect(optionalSectionNote(enT)).toBe('Optional: not written yet. We may add it at a review.');
    expect(concernsLine(concerns)).toBe('Daniel Fraser, concerns@example.org, 020 7946 0321');
    expect(otherRoutesLead(enT, concerns)).toBe('If your concern is about Daniel Fraser or the programme team, or you would rather go elsewhere:');
    expect(otherRoutesParagraph(enT, concerns)).toBe(
      'If your concern is about Daniel Fraser or the programme team, or you would rather go elsewhere: Amina Yusuf, Head of People, people@example.org (if your concern is about Daniel); The staff helpline, 0800 123 456. In an emergency, call 999. Support outside the programme: Samaritans, 116 123.',
    );
  });

  it('leaves out outside support when there is none', () => {
    expect(otherRoutesParagraph(enT, { ...concerns, support: [] })).toMatch(/call 999\.$/);
  });

  it('says it in the page’s language, names and routes kept', () => {
    const fr = otherRoutesParagraph(tIn('fr'), concerns);
    expect(fr).toContain('Daniel Fraser');
    expect(fr).toContain('Amina Yusuf, Head of People, people@example.org');
    expect(fr).toContain('Samaritans, 116 123');
    expect(fr).not.toContain('If your concern');
    expect(concernsLabel(tIn('es'))).not.toBe(concernsLabel(enT));
  });
});
