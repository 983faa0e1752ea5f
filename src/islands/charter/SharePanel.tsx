import { useEffect, useRef, useState } from 'preact/hooks';
import { encodeCharter, shareFileText, toShared } from '../../lib/charter/share';
import { fingerprint } from '../../lib/charter/handover';
import { recordSent } from '../../lib/charter/handover-records';
import { roleText } from '../../lib/charter/values';
import type { CharterDoc, HandoverStage } from '../../lib/docs/charter-doc';
import { MAX_LINK_CHARS, ShareTooLargeError, shareFragment } from '../../lib/share';
import { downloadText } from '../shared/download';
import { flushAllDrafts } from '../shared/useDraft';
import { byId } from '../../lib/storage/envelope';
import { charters as charterDocs } from '../../stores/persistence';
import type { CharterConfig } from './types';
import { fileSlug } from '../../lib/format';
import type { QrPicture } from '../../lib/qr';

interface Props {
  config: CharterConfig;
  doc: CharterDoc;
  /** What the link hands over: a draft, a reply, or the agreed version. */
  stage: HandoverStage;
  onClose: () => void;
}

const WHAT: Record<HandoverStage, string> = { draft: 'your draft', reply: 'your reply', agreed: 'the agreed version' };

/** Make a link (or, past the size limit, a file) that carries this charter to the partner. */
export default function SharePanel({ config, doc, stage, onClose }: Props) {
  const mentor = roleText(config.def, doc.data.values, 'mentor-name');
  const mentee = roleText(config.def, doc.data.values, 'mentee-name');
  // Who is sharing: asked once, then remembered with this copy (and implied by a link saved from the partner).
  const [me, setMe] = useState<'mentor' | 'mentee' | ''>(doc.data.me === 'mentor' || doc.data.me === 'mentee' ? doc.data.me : '');
  const [link, setLink] = useState<string | null>(null);
  const [token, setToken] = useState<string | null>(null);
  const [copied, setCopied] = useState('');
  const [tooLarge, setTooLarge] = useState('');
  /** The link as a QR code, once asked for (its encoder loads then). */
  const [qr, setQr] = useState<QrPicture | 'too-long' | null>(null);
  async function toggleQr() {
    if (qr || !link) return setQr(null);
    const { qrPicture } = await import('../../lib/qr');
    const picture = qrPicture(link);
    setQr(picture ?? 'too-long');
    // Shown to the partner in the room: handed over, like a copied link.
    if (picture) sent();
  }
  // A QR code shown is of the link as it is now.
  useEffect(() => {
    if (qr && link) void import('../../lib/qr').then(({ qrPicture }) => setQr(qrPicture(link) ?? 'too-long'));
  }, [link]);
  /** Asking again who is sending (the answer is remembered, so it is folded away once given). */
  const [askMe, setAskMe] = useState(!me);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    heading.current?.focus();
    if (me) void make(me);
  }, []);
  /** The charter's version the link was last made from. */
  const made = useRef<string | null>(null);
  /** How many links have been started: only the latest one is shown. */
  const making = useRef(0);
  /** The charter's version when the link was last copied: a later edit makes that copy stale. */
  const copiedVersion = useRef<string | null>(null);
  // The link follows the charter: an edit made with this panel open rebuilds it a moment later,
  // so the partner never opens older text than the page shows.
  // Versions are compared by their text: recording that a link was sent changes the stored copy, not what it says.
  const version = `${fingerprint(doc.data)}:${stage}`;
  useEffect(() => {
    if (!me || made.current === version) return;
    const timer = setTimeout(() => {
      const stale = copiedVersion.current !== null && copiedVersion.current !== version;
      void make(me).then(() => stale && setCopied('The charter changed after you copied the link. The link above now holds the latest text: copy it again.'));
    }, 400);
    return () => clearTimeout(timer);
  }, [version]);

  /** The person says who they are: remembered with this copy, so sharing and My mentoring know. */
  function choose(who: 'mentor' | 'mentee') {
    // The link is made from the copy as stored with the answer, so Copy gives the link shown.
    const saved = doc.data.me === who ? null : charterDocs.update(doc.id, (d) => ({ ...d, me: who }));
    void make(who, saved?.ok ? saved.doc : doc);
  }

  /** The link went to the partner: this copy remembers which text they now have (and, for the agreed version, the agreement). */
  function sent() {
    charterDocs.update(doc.id, (d) => recordSent(d, stage, new Date(), { mentor: roleText(config.def, d.values, 'mentor-name'), mentee: roleText(config.def, d.values, 'mentee-name') }));
  }

  async function make(who: 'mentor' | 'mentee', from: CharterDoc = doc): Promise<string | null> {
    setMe(who);
    // Marked at once, so the rebuild above does not make the same link again (and clear "Link copied").
    made.current = `${fingerprint(from.data)}:${stage}`;
    const n = ++making.current;
    let t: string;
    try {
      t = await encodeCharter(toShared(from, who === 'mentor' ? mentor : mentee, new Date(), who, stage, { mentor, mentee }));
    } catch (e) {
      if (!(e instanceof ShareTooLargeError)) throw e;
      if (n !== making.current) return null;
      setTooLarge(e.message);
      setToken(null);
      setLink(null);
      return null;
    }
    const url = `${location.origin}${location.pathname}${shareFragment(t)}`;
    // A link made later wins, whichever finishes first.
    if (n !== making.current) return url;
    setTooLarge('');
    setToken(t);
    setLink(url);
    setCopied('');
    return url;
  }

  async function copy() {
    if (!link || !me) return;
    // Words still waiting in a field are saved first, and the link made from the charter as it is now.
    flushAllDrafts();
    const url = await current();
    if (!url) return;
    try {
      await navigator.clipboard.writeText(url);
      copiedVersion.current = version;
      sent();
      setCopied(`Link copied. Paste it into an email or message to ${partner}.`);
    } catch {
      setCopied('Your browser did not let the page copy. Select the link above and copy it yourself.');
    }
  }

  /** The link for the charter as stored now (words still waiting in a field saved first). */
  async function current(): Promise<string | null> {
    if (!me) return null;
    flushAllDrafts();
    const now = byId(charterDocs.$docs.get(), doc.id) ?? doc;
    return fingerprint(now.data) === fingerprint(doc.data) && link ? link : make(me, now);
  }

  /** The phone's own share sheet (mail, messages, chat), where the browser has one. */
  async function shareSheet() {
    const url = await current();
    if (!url) return;
    try {
      await navigator.share({ title: `Our mentoring charter`, text: `Here is ${WHAT[stage]} of our mentoring charter.`, url });
      copiedVersion.current = version;
      sent();
      setCopied(`Sent. ${partner} opens the link to see it.`);
    } catch (e) {
      // Closing the share sheet is not a mistake; anything else says to copy instead.
      if (!(e instanceof DOMException && e.name === 'AbortError')) setCopied('The link could not be handed to another app. Copy it instead.');
    }
  }

  const tooLong = link !== null && link.length > MAX_LINK_CHARS;
  const partner = (me === 'mentor' ? mentee : me === 'mentee' ? mentor : '') || 'your partner';
  const canShare = typeof navigator !== 'undefined' && typeof navigator.share === 'function';
  return (
    <section class="tool-panel" aria-labelledby="share-title">
      <h2 id="share-title" tabIndex={-1} ref={heading}>
        Send {WHAT[stage]} to {partner}
      </h2>
      <p>
        {stage === 'agreed'
          ? `Send this link to ${partner}. When ${partner} opens it, their copy becomes the agreed version too.`
          : stage === 'reply'
            ? `Send this link to ${partner}. ${partner === 'your partner' ? 'They see' : `${partner} sees`} what you changed and can agree it.`
            : `Send this link to ${partner}. ${partner === 'your partner' ? 'They add their part and send' : `${partner} adds their part and sends`} it back to you.`}{' '}
        Anyone with the link can read the charter, so send it only to {partner}.
      </p>
      {askMe ? (
        <fieldset class="choice-group">
          <legend>Who are you in this charter?</legend>
          <div class="choices">
            <label class="choice">
              <input type="radio" name="share-me" checked={me === 'mentor'} onChange={() => choose('mentor')} /> {mentor} (mentor)
            </label>
            <label class="choice">
              <input type="radio" name="share-me" checked={me === 'mentee'} onChange={() => choose('mentee')} /> {mentee} (mentee)
            </label>
          </div>
        </fieldset>
      ) : (
        <p class="hint">
          Sent from {me === 'mentor' ? `${mentor} (mentor)` : `${mentee} (mentee)`}.{' '}
          <button type="button" class="link-button" onClick={() => setAskMe(true)}>
            Not you?
          </button>
        </p>
      )}
      {tooLarge && (
        <div class="notice notice-warn" role="alert">
          <p>{tooLarge}</p>
        </div>
      )}
      {link && !tooLong && (
        <div class="share-result">
          <label for="share-link">Link for {partner}</label>
          <textarea id="share-link" readOnly rows={3} value={link} onFocus={(e) => e.currentTarget.select()} />
          <p class="button-row">
            {canShare && (
              <button type="button" onClick={() => void shareSheet()}>
                Send…
              </button>
            )}
            <button type="button" class={canShare ? 'secondary' : ''} onClick={() => void copy()}>
              Copy link
            </button>
            <button type="button" class="secondary" onClick={() => token && (downloadText(shareFileName(doc, config), shareFileText(token)), sent())}>
              Download as a file instead
            </button>
            <button type="button" class="secondary" aria-expanded={!!qr} onClick={() => void toggleQr()}>
              {qr ? 'Hide the QR code' : 'Show a QR code'}
            </button>
            <button type="button" class="secondary" onClick={onClose}>
              Close
            </button>
          </p>
          {qr && (
            <figure class="share-qr">
              {qr === 'too-long' ? (
                <p>This charter is too long for a QR code. Copy the link, or send it as a file.</p>
              ) : (
                <svg viewBox={`0 0 ${qr.size} ${qr.size}`} role="img" aria-label={`QR code of the link for ${partner}`} shape-rendering="crispEdges">
                  <rect width={qr.size} height={qr.size} fill="#fff" />
                  <path d={qr.path} fill="#000" />
                </svg>
              )}
              {qr !== 'too-long' && <figcaption>In the same room? {partner === 'your partner' ? 'Your partner' : partner} scans this with their phone’s camera to open the link.</figcaption>}
            </figure>
          )}
          <p role="status" class="hint">
            {copied}
          </p>
          <HowSharingWorks length={link.length} />
        </div>
      )}
      {link && tooLong && token && (
        <div class="notice notice-warn">
          <p>
            This charter is too long to send as a link ({link.length.toLocaleString('en-GB')} characters; links stop at{' '}
            {MAX_LINK_CHARS.toLocaleString('en-GB')}, because many email and chat apps cut longer ones). Send it as a file
            instead: your partner opens it with “Open a charter from your partner” on this page.
          </p>
          <p>
            <button type="button" onClick={() => (downloadText(shareFileName(doc, config), shareFileText(token)), sent())}>
              Download the charter file
            </button>
          </p>
        </div>
      )}
    </section>
  );
}

/** The mechanism, for whoever wants it: behind a link, not in the way of the next step. */
function HowSharingWorks({ length }: { length: number }) {
  return (
    <details class="how-sharing-works">
      <summary>How sharing works</summary>
      <p>
        The link holds the charter’s text itself ({length.toLocaleString('en-GB')} characters), after the “#”, which browsers never send to a
        website: nothing is uploaded or stored anywhere. Your partner’s browser reads the text from the link. When they send theirs back, this
        page compares the two versions with the one you both last saw, so only a place you both changed asks you to choose.
      </p>
    </details>
  );
}

function shareFileName(doc: CharterDoc, config: CharterConfig): string {
  const names = [roleText(config.def, doc.data.values, 'mentee-name'), roleText(config.def, doc.data.values, 'mentor-name')].join(' ');
  return `charter-${names.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/(^-|-$)/g, '') || doc.id}.${fileSlug(config.programName)}.json`;
}
