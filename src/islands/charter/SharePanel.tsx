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
import type { Translate } from '../../lib/i18n/messages';
import { useT } from '../shared/i18n';

interface Props {
  config: CharterConfig;
  doc: CharterDoc;
  /** What the link hands over: a draft, a reply, or the agreed version. */
  stage: HandoverStage;
  onClose: () => void;
}

/** The panel's heading and the text handed to the share sheet, by what the link hands over. */
const TITLE = { draft: 'charterDoc.share.title.draft', reply: 'charterDoc.share.title.reply', agreed: 'charterDoc.share.title.agreed' } as const satisfies Record<HandoverStage, string>;
const SHEET_TEXT = { draft: 'charterDoc.share.sheetText.draft', reply: 'charterDoc.share.sheetText.reply', agreed: 'charterDoc.share.sheetText.agreed' } as const satisfies Record<HandoverStage, string>;

/** Make a link (or, past the size limit, a file) that carries this charter to the partner. */
export default function SharePanel({ config, doc, stage, onClose }: Props) {
  const t = useT();
  const mentor = roleText(config.def, doc.data.values, 'mentor-name');
  const mentee = roleText(config.def, doc.data.values, 'mentee-name');
  // Who is sharing: asked once, then remembered with this copy (and implied by a link saved from the partner).
  const [me, setMe] = useState<'mentor' | 'mentee' | ''>(doc.data.me === 'mentor' || doc.data.me === 'mentee' ? doc.data.me : '');
  const [link, setLink] = useState<string | null>(null);
  const [token, setToken] = useState<string | null>(null);
  const [copied, setCopied] = useState('');
  /** The key of why no link or file can be made (ShareTooLargeError's message), or ''. */
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
      void make(me).then(() => stale && setCopied(t('charterDoc.share.stale')));
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
    let token: string;
    try {
      token = await encodeCharter(toShared(from, who === 'mentor' ? mentor : mentee, new Date(), who, stage, { mentor, mentee }));
    } catch (e) {
      if (!(e instanceof ShareTooLargeError)) throw e;
      if (n !== making.current) return null;
      setTooLarge(e.message);
      setToken(null);
      setLink(null);
      return null;
    }
    const url = `${location.origin}${location.pathname}${shareFragment(token)}`;
    // A link made later wins, whichever finishes first.
    if (n !== making.current) return url;
    setTooLarge('');
    setToken(token);
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
      setCopied(t('charterDoc.share.copied', { partner }));
    } catch {
      setCopied(t('charterDoc.share.copyRefused'));
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
      await navigator.share({ title: t('charterDoc.share.sheetTitle'), text: t(SHEET_TEXT[stage]), url });
      copiedVersion.current = version;
      sent();
      setCopied(t('charterDoc.share.sent', { partner }));
    } catch (e) {
      // Closing the share sheet is not a mistake; anything else says to copy instead.
      if (!(e instanceof DOMException && e.name === 'AbortError')) setCopied(t('charterDoc.share.sheetFailed'));
    }
  }

  const tooLong = link !== null && link.length > MAX_LINK_CHARS;
  const partnerNamed = me === 'mentor' ? mentee : me === 'mentee' ? mentor : '';
  const partner = partnerNamed || t('charterDoc.partner.unknown');
  const canShare = typeof navigator !== 'undefined' && typeof navigator.share === 'function';
  return (
    <section class="tool-panel" aria-labelledby="share-title">
      <h2 id="share-title" tabIndex={-1} ref={heading}>
        {t(TITLE[stage], { partner })}
      </h2>
      <p>
        {intro(t, stage, partnerNamed, partner)} {t('charterDoc.share.onlyTo', { partner })}
      </p>
      {askMe ? (
        <fieldset class="choice-group">
          <legend>{t('charterDoc.share.who')}</legend>
          <div class="choices">
            <label class="choice">
              <input type="radio" name="share-me" checked={me === 'mentor'} onChange={() => choose('mentor')} /> {t('charterDoc.share.asMentor', { name: mentor })}
            </label>
            <label class="choice">
              <input type="radio" name="share-me" checked={me === 'mentee'} onChange={() => choose('mentee')} /> {t('charterDoc.share.asMentee', { name: mentee })}
            </label>
          </div>
        </fieldset>
      ) : (
        <p class="hint">
          {me === 'mentor' ? t('charterDoc.share.sentFromMentor', { name: mentor }) : t('charterDoc.share.sentFromMentee', { name: mentee })}{' '}
          <button type="button" class="link-button" onClick={() => setAskMe(true)}>
            {t('charterDoc.share.notYou')}
          </button>
        </p>
      )}
      {tooLarge && (
        <div class="notice notice-warn" role="alert">
          <p>{t(tooLarge)}</p>
        </div>
      )}
      {link && !tooLong && (
        <div class="share-result">
          <label for="share-link">{t('charterDoc.share.linkFor', { partner })}</label>
          <textarea id="share-link" readOnly rows={3} value={link} onFocus={(e) => e.currentTarget.select()} />
          <p class="button-row">
            {canShare && (
              <button type="button" onClick={() => void shareSheet()}>
                {t('charterDoc.share.sendSheet')}
              </button>
            )}
            <button type="button" class={canShare ? 'secondary' : ''} onClick={() => void copy()}>
              {t('charterDoc.share.copy')}
            </button>
            <button type="button" class="secondary" onClick={() => token && (downloadText(shareFileName(t, doc, config), shareFileText(token)), sent())}>
              {t('charterDoc.share.downloadInstead')}
            </button>
            <button type="button" class="secondary" aria-expanded={!!qr} onClick={() => void toggleQr()}>
              {qr ? t('charterDoc.share.hideQr') : t('charterDoc.share.showQr')}
            </button>
            <button type="button" class="secondary" onClick={onClose}>
              {t('charterDoc.share.close')}
            </button>
          </p>
          {qr && (
            <figure class="share-qr">
              {qr === 'too-long' ? (
                <p>{t('charterDoc.share.qrTooLong')}</p>
              ) : (
                <svg viewBox={`0 0 ${qr.size} ${qr.size}`} role="img" aria-label={t('charterDoc.share.qrLabel', { partner })} shape-rendering="crispEdges">
                  <rect width={qr.size} height={qr.size} fill="#fff" />
                  <path d={qr.path} fill="#000" />
                </svg>
              )}
              {qr !== 'too-long' && <figcaption>{t('charterDoc.share.qrCaption', { partner: partnerNamed || t('charterDoc.partner.unknownStart') })}</figcaption>}
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
          <p>{t('charterDoc.share.tooLong', { length: link.length, max: MAX_LINK_CHARS })}</p>
          <p>
            <button type="button" onClick={() => (downloadText(shareFileName(t, doc, config), shareFileText(token)), sent())}>
              {t('charterDoc.share.downloadFile')}
            </button>
          </p>
        </div>
      )}
    </section>
  );
}

/** The mechanism, for whoever wants it: behind a link, not in the way of the next step. */
function HowSharingWorks({ length }: { length: number }) {
  const t = useT();
  return (
    <details class="how-sharing-works">
      <summary>{t('charterDoc.share.howTitle')}</summary>
      <p>{t('charterDoc.share.how', { length })}</p>
    </details>
  );
}

/** What the partner does with the link: by stage, with their name, or "your partner" when this copy does not know it. */
function intro(t: Translate, stage: HandoverStage, named: string, partner: string): string {
  if (stage === 'agreed') return t('charterDoc.share.intro.agreed', { partner });
  if (stage === 'reply') return named ? t('charterDoc.share.intro.reply', { partner }) : t('charterDoc.share.intro.replyUnnamed');
  return named ? t('charterDoc.share.intro.draft', { partner }) : t('charterDoc.share.intro.draftUnnamed');
}

function shareFileName(t: Translate, doc: CharterDoc, config: CharterConfig): string {
  const names = [roleText(config.def, doc.data.values, 'mentee-name'), roleText(config.def, doc.data.values, 'mentor-name')].join(' ');
  return t('charterDoc.share.fileName', { names: names.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/(^-|-$)/g, '') || doc.id, programme: fileSlug(config.programName) });
}
