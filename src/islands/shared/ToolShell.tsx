import { Component, type ComponentChildren } from 'preact';
import { useStore } from '@nanostores/preact';
import { useHydrated } from './hydration';
import { $writeProblem, exportAll } from '../../stores/persistence';
import { downloadText } from './download';
import { lazy } from './lazy';

// What is stored is known only in the browser, so the notices (shown when storage is off or full,
// or a value cannot be read, or a backup is due) load their code once the page runs.
const StorageNotices = lazy(() => import('./StorageNotices'));
const BackupReminder = lazy(async () => ({ default: (await import('./StorageNotices')).BackupReminder }));
import { programmeName } from './programme';

interface Props {
  /** Base URL, for the link to the data page. */
  base: string;
  /** Show the 30-day export reminder. */
  reminder?: boolean;
  children: ComponentChildren;
}

/**
 * Every tool sits in this: what it says about saving (storage off or full, values that cannot be
 * read, a change that was refused), and an error boundary. If anything still goes wrong while the
 * tool runs, it says so in one sentence and offers everything stored as a download; storage is
 * left as it is.
 */
export default function ToolShell({ base, reminder = true, children }: Props) {
  const mounted = useHydrated();
  return (
    <Boundary>
      <div class="no-print">
        {mounted && <StorageNotices />}
        {mounted && <WriteProblem />}
      </div>
      {children}
      {mounted && reminder && <BackupReminder base={base} />}
    </Boundary>
  );
}

function WriteProblem() {
  const problem = useStore($writeProblem);
  if (!problem) return null;
  return (
    <div class="notice notice-error" role="alert">
      <p>
        <strong>Not saved.</strong> {problem}
      </p>
    </div>
  );
}

class Boundary extends Component<{ children: ComponentChildren }, { failed: boolean }> {
  override state = { failed: false };

  static override getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <div class="notice notice-error" role="alert">
        <p>
          <strong>Something went wrong and this tool stopped.</strong> Nothing you saved has been changed or deleted.
        </p>
        <p class="button-row">
          <button
            type="button"
            onClick={() => void exportAll(new Date(), programmeName()).then(({ fileName, text }) => downloadText(fileName, text))}
          >
            Download everything
          </button>
          <button type="button" class="secondary" onClick={() => location.reload()}>
            Reload the page
          </button>
        </p>
      </div>
    );
  }
}
