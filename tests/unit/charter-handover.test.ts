import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fingerprint, handover, handoverWords, nextStage, partnerName, type Handover } from '../../src/lib/charter/handover';
import { recordAgreed, recordReceived, recordSent, writtenValues } from '../../src/lib/charter/handover-records';
import type { CharterData, CharterValues, HandoverStage } from '../../src/lib/docs/charter-doc';
import { enT } from '../helpers/strings';
import type { Params, Translate } from '../../src/lib/i18n/messages';

const names = { mentor: 'Sam Okafor', mentee: 'Jo Reyes' };
const base: CharterValues = { 'partners.mentorName': names.mentor, 'partners.menteeName': names.mentee, 'purpose.text': 'Learn to lead a lab.' };
const day = (n: number, h = 10) => new Date(Date.UTC(2026, 11, n, h));
const charter = (values: CharterValues = base, extra: Partial<CharterData> = {}): CharterData => ({ title: '', values, revisions: [], ...extra });
/** A link's text, as the other copy receives it. */
const link = (d: CharterData, sharedBy: string, stage: HandoverStage) => ({
  title: d.title,
  values: writtenValues(d.values),
  sharedBy,
  stage,
  // As toShared does: the agreement on this text if there is one, else the names as the sender proposes them.
  ...(stage === 'agreed' ? { agreed: d.agreed && d.agreed.fingerprint === fingerprint(d) ? { at: d.agreed.at, mentor: d.agreed.mentor, mentee: d.agreed.mentee } : { at: d.sent?.at ?? day(1).toISOString(), ...names } } : {}),
});
const edit = (d: CharterData, key: string, value: string): CharterData => ({ ...d, values: { ...d.values, [key]: value } });
/** English, with days written as their ISO date, so the expected sentences name days plainly. */
const fmt: Translate = Object.assign((key: string, params?: Params) => enT(key, params), { ...enT, lang: enT.lang, date: (d: Date | string) => (typeof d === 'string' ? d : d.toISOString()).slice(0, 10) });
const words = (h: Handover) => handoverWords(h, 'Jo', fmt);

describe('the fingerprint of a charter’s text', () => {
  it('is the same for an empty field and a missing one, and for an empty goal list and none', () => {
    expect(fingerprint(charter({ ...base, 'roles.notes': '' }))).toBe(fingerprint(charter(base)));
    expect(fingerprint(charter({ ...base, 'objectives.mentee': [] }))).toBe(fingerprint(charter(base)));
    expect(fingerprint(charter({ ...base, 'objectives.mentee': [{ id: 'g1', text: '', success: '', milestones: [] }] }))).toBe(fingerprint(charter(base)));
  });
  it('changes with one letter, with the name, and with the order of goals', () => {
    expect(fingerprint(charter({ ...base, 'purpose.text': 'Learn to lead a lab!' }))).not.toBe(fingerprint(charter(base)));
    expect(fingerprint({ ...charter(base), title: 'Our charter' })).not.toBe(fingerprint(charter(base)));
    const g = (id: string) => ({ id, text: id, success: '', milestones: [] });
    expect(fingerprint(charter({ ...base, 'objectives.mentee': [g('a'), g('b')] }))).not.toBe(fingerprint(charter({ ...base, 'objectives.mentee': [g('b'), g('a')] })));
  });
  it('does not depend on the order the answers were written in', () => {
    const reversed = Object.fromEntries(Object.entries(base).reverse());
    expect(fingerprint(charter(reversed))).toBe(fingerprint(charter(base)));
  });
});

describe('where a charter stands, from one copy', () => {
  // The uncomfortable cases first: one-sided, never answered, changed after agreeing, an old link without a stage.
  const sam0 = charter();
  const samSent = recordSent(sam0, 'draft', day(1), names);
  const joCopy = recordReceived(charter(writtenValues(base)), link(samSent, 'Sam Okafor', 'draft'), day(2));
  const joReply = edit(joCopy, 'brings.mentee', 'What it is like to start out now.');
  const joSent = recordSent(joReply, 'reply', day(3), names);
  // Sam merges Jo's reply (takes all of it), then writes one more line of his own.
  const samMerged = edit(recordReceived({ ...samSent, values: joSent.values }, link(joSent, 'Jo Reyes', 'reply'), day(4)), 'roles.notes', 'Sam writes the summary.');
  const samAgreedSent = recordSent(samMerged, 'agreed', day(5), names);
  const joAgreed = recordReceived({ ...joSent, values: samAgreedSent.values }, link(samAgreedSent, 'Sam Okafor', 'agreed'), day(6));

  const cases: [string, CharterData, Handover['kind'], string, HandoverStage | undefined][] = [
    ['sent, and nothing ever came back', samSent, 'waiting', 'Waiting for Jo’s reply. You sent it on 2026-12-01.', undefined],
    ['sent, then changed: the partner has not seen the change', edit(samSent, 'purpose.text', 'Lead a lab well.'), 'unseen', 'Jo has not seen your last change (you last sent it on 2026-12-01).', 'draft'],
    ['nothing sent or received', sam0, 'new', 'Not sent to Jo yet.', 'draft'],
    ['a draft saved as it came: still needs this person’s part', joCopy, 'reply-due', 'Jo’s version of 2026-12-02 is here. Add your part, then send it back.', 'reply'],
    ['a draft with my part added', joReply, 'reply-due', 'Jo’s version of 2026-12-02 is here. Add your part, then send it back.', 'reply'],
    ['a reply sent', joSent, 'waiting', 'Waiting for Jo’s reply. You sent it on 2026-12-03.', undefined],
    ['the partner’s reply merged and added to: send the agreed version', samMerged, 'reply-due', 'Jo’s reply of 2026-12-04 is in your charter. Check it, then send the agreed version to Jo.', 'agreed'],
    ['the partner’s reply taken as it is: the same text, ready to agree', recordReceived({ ...samSent, values: joSent.values }, link(joSent, 'Jo Reyes', 'reply'), day(4)), 'same', 'You both have the same version: Jo’s of 2026-12-04. Send it back as the agreed version.', 'agreed'],
    ['sent as the agreed version with a line the partner has not seen: offered, not agreed', samAgreedSent, 'offered', 'You sent this to Jo as the agreed version on 2026-12-05. It is agreed when Jo accepts it.', undefined],
    [
      'the partner’s reply taken as it is and sent back as the agreed version: agreed, and both have it',
      recordSent(recordReceived({ ...samSent, values: joSent.values }, link(joSent, 'Jo Reyes', 'reply'), day(4)), 'agreed', day(5), names),
      'agreed',
      'Agreed on 2026-12-05 by Sam Okafor and Jo Reyes. You both have this version.',
      undefined,
    ],
    ['agreed together on one device, then sent to the partner', recordSent(recordAgreed(sam0, day(7), names), 'agreed', day(7, 11), names), 'agreed', 'Agreed on 2026-12-07 by Sam Okafor and Jo Reyes. You sent it to Jo on 2026-12-07.', undefined],
    ['the agreed version received and accepted', joAgreed, 'agreed', 'Agreed on 2026-12-05 by Sam Okafor and Jo Reyes. You both have this version.', undefined],
    ['changed the day after agreeing', edit(joAgreed, 'purpose.text', 'Lead a lab, and write.'), 'reply-due', 'Changed since you agreed it on 2026-12-05. Jo has not seen the change.', 'reply'],
    ['agreed together on one device, nobody sent it yet', recordAgreed(sam0, day(7), names), 'agreed', 'Agreed on 2026-12-07 by Sam Okafor and Jo Reyes. Jo does not have the agreed version yet.', 'agreed'],
    [
      'a link from before stages (no stage): read as a draft',
      recordReceived(charter(writtenValues(base)), { ...link(samSent, 'Sam Okafor', 'draft'), stage: undefined }, day(2)),
      'reply-due',
      'Jo’s version of 2026-12-02 is here. Add your part, then send it back.',
      'reply',
    ],
  ];
  it.each(cases)('%s', (_, data, kind, text, action) => {
    const h = handover(data);
    expect(h.kind).toBe(kind);
    const w = words(h);
    expect(w.text).toBe(text);
    expect(w.action?.stage).toBe(action);
  });

  it('an agreed link that arrives after this person changed the text carries no agreement across', () => {
    const changed = edit(joSent, 'purpose.text', 'Something else.');
    const r = recordReceived(changed, link(samAgreedSent, 'Sam Okafor', 'agreed'), day(6));
    expect(r.agreed).toBeUndefined();
    expect(nextStage(r)).toBe('reply');
  });

  it('names the partner from the other name field, or the last sender, or says “your partner”', () => {
    expect(partnerName({ me: 'mentor' }, names, enT)).toBe('Jo Reyes');
    expect(partnerName({ me: 'mentee' }, names, enT)).toBe('Sam Okafor');
    expect(partnerName({ me: 'both', partner: { name: 'Sam', receivedAt: day(1).toISOString(), title: '', values: {} } }, names, enT)).toBe('Sam');
    expect(partnerName({}, { mentor: '', mentee: '' }, enT)).toBe('your partner');
    expect(words({ kind: 'new' }).text).toBe('Not sent to Jo yet.');
    expect(handoverWords({ kind: 'unseen', sentAt: day(1).toISOString(), stage: 'draft' }, 'your partner', fmt).text).toMatch(/^Your partner has not seen/);
  });
});

/**
 * A model of two copies exchanging links: each may edit, send its text, or read the other's last
 * link (taking it in full). Whatever happens, a copy that says "you both have this version" holds
 * the agreed text, and the other copy, if unchanged since, holds the same.
 */
describe('two copies exchanging links, in any order', () => {
  type Step = { who: 0 | 1; what: 'edit' | 'send' | 'read' | 'agree'; word: string };
  const step = fc.record({ who: fc.constantFrom(0 as const, 1 as const), what: fc.constantFrom('edit' as const, 'send' as const, 'read' as const, 'agree' as const), word: fc.constantFrom('a', 'b', 'c') });
  it('never says both have a version they do not', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 25 }), (steps: Step[]) => {
        const copies: CharterData[] = [charter(), charter()];
        const inbox: (ReturnType<typeof link> | null)[] = [null, null];
        const editedSinceExchange = [false, false];
        let t = 0;
        for (const s of steps) {
          const now = new Date(Date.UTC(2026, 11, 1) + ++t * 60_000);
          const me = copies[s.who]!;
          if (s.what === 'edit') {
            copies[s.who] = edit(me, 'purpose.text', `${typeof me.values['purpose.text'] === 'string' ? me.values['purpose.text'] : ''}${s.word}`);
            editedSinceExchange[s.who] = true;
          } else if (s.what === 'agree') {
            copies[s.who] = recordAgreed(me, now, names);
          } else if (s.what === 'send') {
            const stage = nextStage(me);
            copies[s.who] = recordSent(me, stage, now, names);
            inbox[1 - s.who] = link(copies[s.who]!, s.who ? 'Jo' : 'Sam', stage);
          } else if (inbox[s.who]) {
            const got = inbox[s.who]!;
            copies[s.who] = recordReceived({ ...me, title: got.title, values: got.values }, got, now);
            inbox[s.who] = null;
            editedSinceExchange[s.who] = false;
          }
          for (const who of [0, 1] as const) {
            const h = handover(copies[who]!);
            const fp = fingerprint(copies[who]!);
            if (h.kind === 'agreed') expect(h.agreement.fingerprint).toBe(fp);
            if (h.kind === 'waiting') expect(copies[who]!.sent!.fingerprint).toBe(fp);
            if (h.kind === 'same') expect(fingerprint(copies[who]!.partner!)).toBe(fp);
          }
        }
      }),
    );
  });
});

describe('saving one field onto the newest stored copy', () => {
  it('replaces text, and rebases goals edited here onto goals another tab added meanwhile', async () => {
    const { withFieldSaved } = await import('../../src/lib/charter/rebase');
    const g = (id: string, text: string) => ({ id, text, success: '', milestones: [] });
    const stored = charter({ ...base, 'objectives.mentee': [g('a', 'Lead'), g('b', 'Added in another tab')] });
    expect(withFieldSaved(stored, 'purpose.text', 'New purpose').values['purpose.text']).toBe('New purpose');
    const saved = withFieldSaved(stored, 'objectives.mentee', [g('a', 'Lead the review')], [g('a', 'Lead')]);
    expect(saved.values['objectives.mentee']).toEqual([g('a', 'Lead the review'), g('b', 'Added in another tab')]);
  });
});
