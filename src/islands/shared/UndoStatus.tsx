import { useState } from 'preact/hooks';

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
