/**
 * What a copy of the charter records as links pass between the two: what was sent, what was
 * received, and when they agreed. Pure; loaded by the pages that send, receive or agree (the
 * charter's own views), not by those that only say where it stands (see handover.ts).
 */
import type { Agreement, CharterValues, HandoverStage } from '../docs/charter-doc';
import { fingerprint, type Known } from './handover';
import { isFilled } from './values';

/** The values worth carrying in a link: written ones only, so a draft's link is no longer than its words. */
export function writtenValues(values: CharterValues): CharterValues {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => isFilled(v)));
}

/** The copy after a link was sent with this text (and, for the agreed version, the agreement recorded). */
export function recordSent<T extends Known>(data: T, stage: HandoverStage, now: Date, names: { mentor: string; mentee: string }): T {
  const fp = fingerprint(data);
  const at = now.toISOString();
  // Sending a text as the agreed version agrees it only if the partner's own last version says the same;
  // otherwise it is offered, and agreed when they accept it.
  const theirs = data.partner && fingerprint(data.partner) === fp;
  const agreed = stage === 'agreed' && data.agreed?.fingerprint !== fp && theirs ? { at, mentor: names.mentor.slice(0, 200), mentee: names.mentee.slice(0, 200), fingerprint: fp } : data.agreed;
  return { ...data, sent: { at, stage, fingerprint: fp }, ...(agreed ? { agreed } : {}) };
}

/** The copy with the two's agreement to its text as it is now. */
export function recordAgreed<T extends Known>(data: T, now: Date, names: { mentor: string; mentee: string }): T {
  return { ...data, agreed: { at: now.toISOString(), mentor: names.mentor.slice(0, 200), mentee: names.mentee.slice(0, 200), fingerprint: fingerprint(data) } };
}

/**
 * The copy after the partner's version was read into it (saved as a copy, merged, or found the
 * same): their version is the base of the next merge, and an agreed version whose text this copy
 * now holds word for word carries the agreement across.
 */
export function recordReceived<T extends Known>(
  data: T,
  shared: { title: string; values: CharterValues; sharedBy: string; stage?: HandoverStage | undefined; agreed?: Omit<Agreement, 'fingerprint'> | undefined },
  now: Date,
): T {
  const partner = { name: shared.sharedBy, receivedAt: now.toISOString(), title: shared.title, values: shared.values, ...(shared.stage ? { stage: shared.stage } : {}) };
  const fp = fingerprint(data);
  const agreed = shared.stage === 'agreed' && shared.agreed && fingerprint(shared) === fp ? { ...shared.agreed, fingerprint: fp } : data.agreed;
  return { ...data, partner, ...(agreed ? { agreed } : {}) };
}


/** The agreement on the text as it is now, if the two agreed it (for the printed charter). */
export const agreementNow = (data: Known): Agreement | undefined => (data.agreed && data.agreed.fingerprint === fingerprint(data) ? data.agreed : undefined);
