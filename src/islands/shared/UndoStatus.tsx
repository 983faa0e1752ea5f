import { useEffect, useRef, useState } from 'preact/hooks';
import type { Docs } from '../../stores/persistence';

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
 * Delete a document with an Undo: returns the status to show and the delete function. After a
 * delete, focus moves to `afterDelete` (the list's heading); Undo puts the document back as it was
 * (unless a newer copy has appeared meanwhile).
 */
export function useUndoDelete<T>(
  docs: Docs<T>,
  afterDelete: () => HTMLElement | null | undefined,
): [Status | null, (text: string, restore?: () => void, focus?: boolean) => void, (id: string, text: string) => void] {
  const [status, setStatus] = useStatus();
  const remove = (id: string, text: string) => {
    const gone = docs.remove(id);
    setStatus(text, gone ? () => void docs.put(gone) : undefined);
    focusSoon(afterDelete);
  };
  return [status, setStatus, remove];
}

/**
 * Announces what just happened (to screen readers too) with an Undo button when it can be undone.
 * After Undo, focus moves to the line that replaces the button.
 */
export default function UndoStatus({ status, onDone }: { status: Status | null; onDone: (text: string, restore?: () => void, focus?: boolean) => void }) {
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
            onDone('Restored.', undefined, true);
          }}
        >
          Undo
        </button>
      )}
    </p>
  );
}
