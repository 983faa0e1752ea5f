import { useState } from 'preact/hooks';
import type { Docs } from '../../stores/persistence';

export interface Status {
  text: string;
  /** Put back what was just removed. */
  restore?: (() => void) | undefined;
}

/** A status line that can offer to undo the last removal. */
export function useStatus(): [Status | null, (text: string, restore?: () => void) => void] {
  const [status, setStatus] = useState<Status | null>(null);
  return [status, (text, restore) => setStatus({ text, restore })];
}

/**
 * Delete a document with an Undo: returns the status to show and the delete function. Undo puts
 * the document back as it was (unless a newer copy has appeared meanwhile).
 */
export function useUndoDelete<T>(docs: Docs<T>): [Status | null, (text: string, restore?: () => void) => void, (id: string, text: string) => void] {
  const [status, setStatus] = useStatus();
  const remove = (id: string, text: string) => {
    const gone = docs.remove(id);
    setStatus(text, gone ? () => void docs.put(gone) : undefined);
  };
  return [status, setStatus, remove];
}

/** Announces what just happened (to screen readers too) with an Undo button when it can be undone. */
export default function UndoStatus({ status, onDone }: { status: Status | null; onDone: (text: string) => void }) {
  return (
    <p role="status" class="hint">
      {status?.text}{' '}
      {status?.restore && (
        <button
          type="button"
          class="link-button"
          onClick={() => {
            status.restore!();
            onDone('Restored.');
          }}
        >
          Undo
        </button>
      )}
    </p>
  );
}
