import { useEffect, useRef, useState } from 'preact/hooks';
import { encodeCharter, shareFileText, toShared } from '../../lib/charter/share';
import { roleText } from '../../lib/charter/values';
import type { CharterDoc } from '../../lib/docs/charter-doc';
import { MAX_LINK_CHARS, ShareTooLargeError, shareFragment } from '../../lib/share';
import { downloadText } from '../shared/download';
import { flushAllDrafts } from '../shared/useDraft';
import { byId } from '../../lib/storage/envelope';
import { charters as charterDocs } from '../../stores/persistence';
import type { CharterConfig } from './types';
import { fileSlug } from '../../lib/format';

interface Props {
  config: CharterConfig;
  doc: CharterDoc;
  onClose: () => void;
}

/** Make a link (or, past the size limit, a file) that carries this charter to the partner. */
export default function SharePanel({ config, doc, onClose }: Props) {
  const mentor = roleText(config.def, doc.data.values, 'mentor-name');
  const mentee = roleText(config.def, doc.data.values, 'mentee-name');
  // Who is sharing: asked once, then remembered with this copy (and implied by a link saved from the partner).
  const [me, setMe] = useState<'mentor' | 'mentee' | ''>(doc.data.me === 'mentor' || doc.data.me === 'mentee' ? doc.data.me : '');
  const [link, setLink] = useState<string | null>(null);
  const [token, setToken] = useState<string | null>(null);
  const [copied, setCopied] = useState('');
  const [tooLarge, setTooLarge] = useState('');
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
  useEffect(() => {
    if (!me || made.current === doc.updatedAt) return;
    const timer = setTimeout(() => {
      const stale = copiedVersion.current !== null && copiedVersion.current !== doc.updatedAt;
      void make(me).then(() => stale && setCopied('The charter changed after you copied the link. The link above now holds the latest text: copy it again.'));
    }, 400);
    return () => clearTimeout(timer);
  }, [doc.updatedAt]);

  /** The person says who they are: remembered with this copy, so sharing and My mentoring know. */
  function choose(who: 'mentor' | 'mentee') {
    // The link is made from the copy as stored with the answer, so Copy gives the link shown.
    const saved = doc.data.me === who ? null : charterDocs.update(doc.id, (d) => ({ ...d, me: who }));
    void make(who, saved?.ok ? saved.doc : doc);
  }

  async function make(who: 'mentor' | 'mentee', from: CharterDoc = doc): Promise<string | null> {
    setMe(who);
    // Marked at once, so the rebuild above does not make the same link again (and clear "Link copied").
    made.current = from.updatedAt;
    const n = ++making.current;
    let t: string;
    try {
      t = await encodeCharter(toShared(from, who === 'mentor' ? mentor : mentee, new Date(), who));
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
    const now = byId(charterDocs.$docs.get(), doc.id) ?? doc;
    const url = now.updatedAt === doc.updatedAt ? link : await make(me, now);
    if (!url) return;
    try {
      await navigator.clipboard.writeText(url);
      copiedVersion.current = now.updatedAt;
      setCopied('Link copied. Paste it into an email or message to your partner.');
    } catch {
      setCopied('Your browser did not let the page copy. Select the link above and copy it yourself.');
    }
  }

  const tooLong = link !== null && link.length > MAX_LINK_CHARS;
  const partner = me === 'mentor' ? mentee : mentor;
  return (
    <section class="tool-panel" aria-labelledby="share-title">
      <h2 id="share-title" tabIndex={-1} ref={heading}>
        Share with your partner
      </h2>
      <p>
        The link carries the whole charter inside it. It is not stored anywhere: whoever has the link can read the
        charter, so send it only to your partner. When they open it, they can save their own copy, change it and send
        you a link back; you will then see both versions side by side.
      </p>
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
            <button type="button" onClick={() => void copy()}>
              Copy link
            </button>
            <button type="button" class="secondary" onClick={() => token && downloadText(shareFileName(doc, config), shareFileText(token))}>
              Download as a file instead
            </button>
            <button type="button" class="secondary" onClick={onClose}>
              Close
            </button>
          </p>
          <p role="status" class="hint">
            {copied} The link is {link.length.toLocaleString('en-GB')} characters long.
          </p>
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
            <button type="button" onClick={() => downloadText(shareFileName(doc, config), shareFileText(token))}>
              Download the charter file
            </button>
          </p>
        </div>
      )}
    </section>
  );
}

function shareFileName(doc: CharterDoc, config: CharterConfig): string {
  const names = [roleText(config.def, doc.data.values, 'mentee-name'), roleText(config.def, doc.data.values, 'mentor-name')].join(' ');
  return `charter-${names.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/(^-|-$)/g, '') || doc.id}.${fileSlug(config.programName)}.json`;
}
