import { useStore } from '@nanostores/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { foreignDocs } from '../../stores/persistence';
import { go } from './route';

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

/** The one message a damaged, cut-off or foreign link gets; nothing else happens. */
export function SharedLinkError({ error, otherHref, otherName, homeLabel, headingRef }: { error: string; otherHref?: string | undefined; otherName?: string | undefined; homeLabel: string; headingRef: preact.RefObject<HTMLHeadingElement> }) {
  return (
    <div>
      <h2 tabIndex={-1} ref={headingRef}>
        This link cannot be opened
      </h2>
      <div class="notice notice-error" role="alert">
        <p>{error}</p>
        {otherHref && (
          <p>
            <a href={otherHref}>Open it in the {otherName} instead</a>
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
 * newer version of the handbook saved it.
 */
export function NotFound({ what, type, id, homeLabel }: { what: string; type: string; id: string; homeLabel: string }) {
  const newer = useStore(foreignDocs).some((f) => f.type === type && f.id === id);
  return (
    <div class="notice notice-warn" role="alert">
      <p>
        {newer
          ? `This ${what} was saved by a newer version of this handbook, so this version cannot open it. It is kept exactly as it is, listed on My data and included in backups; the newer version opens it again.`
          : `There is no ${what} with this address in this browser. It may have been deleted, or made in another browser.`}
      </p>
      <HomeLink label={homeLabel} />
    </div>
  );
}
