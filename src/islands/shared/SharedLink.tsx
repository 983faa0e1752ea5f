import { useStore } from '@nanostores/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { foreignDocs } from '../../stores/persistence';
import { go } from './route';
import { useT } from './i18n';

type Decoded<T> = { ok: true; value: T } | { ok: false; error: string; otherHref?: string | undefined; otherName?: string | undefined };

/**
 * Decode a share link once (decompression is asynchronous), and move focus to the view's heading
 * when the result is known. Returns null while reading.
 */
export function useSharedLink<T>(token: string, decode: (token: string) => Promise<Decoded<T>>): [Decoded<T> | null, preact.RefObject<HTMLHeadingElement>] {
  const [state, setState] = useState<Decoded<T> | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    let live = true;
    setState(null);
    void decode(token).then((r) => live && setState(r));
    return () => {
      live = false;
    };
  }, [token]);
  useEffect(() => heading.current?.focus(), [state === null, state?.ok]);
  return [state, heading];
}

/**
 * The one message a damaged, cut-off or foreign link gets; nothing else happens. `error` is the key of
 * the sentence (src/lib/share.ts), or a sentence already in the page's language; `otherName` names
 * the tool that opens it, in the page's language.
 */
export function SharedLinkError({ error, otherHref, otherName, homeLabel, headingRef }: { error: string; otherHref?: string | undefined; otherName?: string | undefined; homeLabel: string; headingRef: preact.RefObject<HTMLHeadingElement> }) {
  const t = useT();
  return (
    <div>
      <h2 tabIndex={-1} ref={headingRef}>
        {t('common.share.cannotOpen')}
      </h2>
      <div class="notice notice-error" role="alert">
        <p>{t(error)}</p>
        {otherHref && (
          <p>
            <a href={otherHref}>{t('common.share.openInstead', { tool: otherName ?? '' })}</a>
          </p>
        )}
      </div>
      <HomeLink label={homeLabel} />
    </div>
  );
}

function HomeLink({ label }: { label: string }) {
  return (
    <p>
      <a href={location.pathname} onClick={(e) => go(e, null)}>
        {label}
      </a>
    </p>
  );
}

/**
 * Shown when ?id= names a document this browser does not have, or has but cannot open because a
 * newer version of the handbook saved it. `what` names the document in the page's language ("charter").
 */
export function NotFound({ what, type, id, homeLabel }: { what: string; type: string; id: string; homeLabel: string }) {
  const t = useT();
  const newer = useStore(foreignDocs).some((f) => f.type === type && f.id === id);
  return (
    <div class="notice notice-warn" role="alert">
      <p>{newer ? t('common.notFound.newer', { what }) : t('common.notFound.missing', { what })}</p>
      <HomeLink label={homeLabel} />
    </div>
  );
}
