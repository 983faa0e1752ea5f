/**
 * Where a charter stands between the two partners, from what this copy knows: the last version
 * received from the partner, the last link sent to them, and the agreement, if any. Each copy only
 * knows what passed through it, so every sentence says what this person saw happen ("waiting for
 * Jo's reply" means a link was sent and nothing has come back), never what the partner did unseen.
 *
 * Pure; small enough for My mentoring and the charter list.
 */
import type { Agreement, CharterData, CharterValues, HandoverStage } from '../docs/charter-doc';
import type { Translate } from '../i18n/messages';
import { isFilled as written } from './values';
import { fingerprint as textFingerprint } from '../storage/meta';

/** The charter's text (name and written values) as a short string: two copies that say the same get the same one. */
export function fingerprint(data: { title: string; values: CharterValues }): string {
  const keys = Object.keys(data.values)
    .filter((k) => written(data.values[k]))
    .sort();
  // FNV-1a, already on every page for the backup reminder: a chance in four billion that a change goes unnoticed.
  return textFingerprint(JSON.stringify([data.title.trim(), keys.map((k) => [k, data.values[k]])]));
}

/**
 * Where this copy stands:
 * - `agreed`: the text is the one the two agreed; `partnerHas` when the partner's own last version is this text
 *   (they sent it, or sent back the agreed version); else `sentAt` when it was sent to them as the agreed version.
 * - `offered`: sent as the agreed version, not yet accepted as far as this copy knows.
 * - `same`: the text is the partner's last reply (or what came back to one's own link), word for word, not yet
 *   marked agreed. A draft just saved from the partner's link is `reply-due` instead: it still needs this person's part.
 * - `waiting`: a link with this text was sent and nothing has come back since.
 * - `reply-due`: the partner's version came after the last link sent; this person has its text in their copy.
 * - `unseen`: changed since the last link was sent (the partner has not seen the last change).
 * - `new`: nothing sent or received yet.
 * `agreedBefore` is set when the two agreed an earlier text that has since changed.
 */
export type Handover =
  | { kind: 'agreed'; agreement: Agreement; partnerHas: boolean; sentAt?: string | undefined }
  | { kind: 'offered'; sentAt: string; agreedBefore?: Agreement | undefined }
  | { kind: 'same'; receivedAt: string; agreedBefore?: Agreement | undefined }
  | { kind: 'waiting'; sentAt: string; agreedBefore?: Agreement | undefined }
  | { kind: 'reply-due'; receivedAt: string; stage: HandoverStage; agreedBefore?: Agreement | undefined }
  | { kind: 'unseen'; sentAt: string; stage: HandoverStage; agreedBefore?: Agreement | undefined }
  | { kind: 'new'; agreedBefore?: Agreement | undefined };

export type Known = Pick<CharterData, 'title' | 'values' | 'partner' | 'sent' | 'agreed'>;

export function handover(data: Known): Handover {
  const fp = fingerprint(data);
  const got = data.partner;
  const gotFp = got ? fingerprint(got) : null;
  const sent = data.sent;
  const agreed = data.agreed;
  if (agreed && agreed.fingerprint === fp) {
    const sentIt = sent?.stage === 'agreed' && sent.fingerprint === fp ? sent.at : undefined;
    return { kind: 'agreed', agreement: agreed, partnerHas: gotFp === fp, ...(sentIt ? { sentAt: sentIt } : {}) };
  }
  const agreedBefore = agreed ? { agreedBefore: agreed } : {};
  const gotLast = got && (!sent || got.receivedAt > sent.at);
  // A draft saved as it came is not a shared text yet: the person still has to add their part.
  if (got && gotFp === fp && (got.stage === 'reply' || got.stage === 'agreed')) return { kind: 'same', receivedAt: got.receivedAt, ...agreedBefore };
  if (sent && !gotLast && sent.fingerprint === fp) return sent.stage === 'agreed' ? { kind: 'offered', sentAt: sent.at, ...agreedBefore } : { kind: 'waiting', sentAt: sent.at, ...agreedBefore };
  if (got && gotLast) return { kind: 'reply-due', receivedAt: got.receivedAt, stage: nextStage(data), ...agreedBefore };
  if (sent) return { kind: 'unseen', sentAt: sent.at, stage: nextStage(data), ...agreedBefore };
  return { kind: 'new', ...agreedBefore };
}

/**
 * What the next link from this copy is: the agreed version once agreed, or after merging the
 * partner's reply to one's own draft; a reply to a partner's draft (or to an agreed text one
 * then changed); otherwise a draft.
 */
export function nextStage(data: Known): HandoverStage {
  const fp = fingerprint(data);
  if (data.agreed?.fingerprint === fp) return 'agreed';
  const got = data.partner;
  const sent = data.sent;
  if (got && (!sent || got.receivedAt > sent.at)) return got.stage === 'reply' ? 'agreed' : 'reply';
  if (sent) return sent.stage === 'agreed' ? 'reply' : sent.stage;
  return 'draft';
}

/** The partner's name, as this copy knows it: the other side's name field, else who sent the last version, else "your partner". */
export function partnerName(data: Pick<CharterData, 'me' | 'partner'>, names: { mentor: string; mentee: string }, t: Translate): string {
  const other = data.me === 'mentor' ? names.mentee : data.me === 'mentee' ? names.mentor : '';
  return other.trim() || data.partner?.name.trim() || t('charterDoc.partner.unknown');
}

/** The next thing to do: send a link of this stage (sending the agreed version records the agreement). */
export type HandoverAction = { kind: 'send'; stage: HandoverStage; label: string };

export interface HandoverWords {
  /** One or two sentences: where the charter stands, from this person's side. */
  text: string;
  /** The one button that takes it on, if any. */
  action?: HandoverAction | undefined;
}

/**
 * What the charter's page, the list and My mentoring say about where the charter stands, in the
 * page's language (`t`; days as `t.date` writes them, "6 December 2026"). Each sentence says what
 * happened or what to do. Messages get the partner as `{partner}`, and as `{Partner}` where it starts
 * a sentence ("Your partner has not seen…").
 */
export function handoverWords(h: Handover, partner: string, t: Translate): HandoverWords {
  const who = { partner, Partner: cap(partner) };
  const date = (instant: string) => t.date(instant);
  /** A sentence that comes after "Changed since you agreed it on …", when the two agreed an earlier text. */
  const after = (text: string) => ('agreedBefore' in h && h.agreedBefore ? `${t('charterDoc.handover.changedSince', { date: date(h.agreedBefore.at) })} ${text}` : text);
  /** The button: a link of `stage`, worded as `as` ("send it", "send it back", "send the agreed version"). */
  const send = (stage: HandoverStage, as = stage): HandoverAction => ({
    kind: 'send',
    stage,
    label: as === 'agreed' ? t('charterDoc.handover.sendAgreed', who) : as === 'reply' ? t('charterDoc.handover.sendBack', who) : t('charterDoc.handover.send', who),
  });
  switch (h.kind) {
    case 'agreed': {
      const by = [h.agreement.mentor.trim(), h.agreement.mentee.trim()].filter(Boolean);
      const text = by.length ? t('charterDoc.document.agreedOnBy', { date: date(h.agreement.at), names: t.list(by) }) : t('charterDoc.document.agreedOn', { date: date(h.agreement.at) });
      if (h.partnerHas) return { text: `${text} ${t('charterDoc.handover.bothHave')}` };
      if (h.sentAt) return { text: `${text} ${t('charterDoc.handover.sentOn', { ...who, date: date(h.sentAt) })}` };
      return { text: `${text} ${t('charterDoc.handover.notYet', who)}`, action: send('agreed') };
    }
    case 'offered':
      return { text: after(t('charterDoc.handover.offered', { ...who, date: date(h.sentAt) })) };

    case 'same':
      return { text: t('charterDoc.handover.same', { ...who, date: date(h.receivedAt) }), action: send('agreed') };
    case 'waiting':
      return { text: after(t('charterDoc.handover.waiting', { ...who, date: date(h.sentAt) })) };
    case 'reply-due':
      if (h.agreedBefore) return { text: after(t('charterDoc.handover.notSeenChange', who)), action: send(h.stage) };
      return h.stage === 'agreed'
        ? { text: t('charterDoc.handover.replyIn', { ...who, date: date(h.receivedAt) }), action: send('agreed') }
        : { text: t('charterDoc.handover.versionHere', { ...who, date: date(h.receivedAt) }), action: send('reply') };
    case 'unseen':
      // This person starts the next exchange: "send it", not "send it back".
      return { text: after(t('charterDoc.handover.notSeenLast', { ...who, date: date(h.sentAt) })), action: send(h.stage, h.stage === 'agreed' ? 'agreed' : 'draft') };
    case 'new':
      return { text: after(t('charterDoc.handover.notSent', who)), action: send('draft') };
  }
}

const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
