import { useEffect, useRef, useState } from 'preact/hooks';
import { useT } from './i18n';

export interface Status {
  text: string;
  /** Put back what was just removed. */
  restore?: (() => void) | undefined;
  /** Move focus to the status line itself (after an undo, when the button it replaces is gone). */
  focus?: boolean | undefined;
}

/** A status line that can offer to undo the last removal. */
export function useStatus(): [Status | null, (text: string, restore?: () => void, focus?: boolean) => void] {
  const [status, setStatus] = useState<Status | null>(null);
  return [status, (text, restore, focus) => setStatus({ text, restore, focus })];
}

/** Move focus to an element once the page has re-rendered. */
export function focusSoon(target: () => HTMLElement | null | undefined): void {
  setTimeout(() => target()?.focus(), 0);
}

/**
 * Announces what just happened (to screen readers too) with an Undo button when it can be undone.
 * After Undo, focus moves to the line that replaces the button.
 */
export default function UndoStatus({ status, onDone }: { status: Status | null; onDone: (text: string, restore?: () => void, focus?: boolean) => void }) {
  const t = useT();
  const line = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (status?.focus) line.current?.focus();
  }, [status]);
  return (
    <p role="status" class="hint" tabIndex={-1} ref={line}>
      {status?.text}{' '}
      {status?.restore && (
        <button
          type="button"
          class="link-button"
          onClick={() => {
            status.restore!();
            onDone(t('common.undo.restored'), undefined, true);
          }}
        >
          {t('common.undo.button')}
        </button>
      )}
    </p>
  );
}
