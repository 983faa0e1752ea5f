import { useEffect, useRef, useState } from 'preact/hooks';
import type { Envelope } from '../../lib/storage/envelope';
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
 * (unless a newer copy has appeared meanwhile). Deletes one after another, with nothing else said
 * between them, are undone together: a second delete never takes away the first one's Undo.
 */
export function useUndoDelete<T>(
  docs: Docs<T>,
  afterDelete: () => HTMLElement | null | undefined,
): [Status | null, (text: string, restore?: () => void, focus?: boolean) => void, (id: string, text: string) => void] {
  const [status, setStatus] = useStatus();
  /** The documents deleted in a row, and the status line that offers to put them back. */
  const run = useRef<{ docs: Envelope<T>[]; said: Status | null }>({ docs: [], said: null });
  const remove = (id: string, text: string) => {
    const gone = docs.remove(id);
    const before = status && status === run.current.said && status.restore ? run.current.docs : [];
    const all = gone ? [...before, gone] : before;
    run.current = { docs: all, said: null };
    const restore = all.length ? () => all.forEach((d) => void docs.put(d)) : undefined;
    setStatus(all.length > 1 ? `${text} Undo puts back all ${all.length} deleted.` : text, restore);
    focusSoon(afterDelete);
  };
  // The status line just set is the one a further delete adds to.
  useEffect(() => {
    if (status && run.current.said === null && status.restore) run.current.said = status;
  }, [status]);
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
