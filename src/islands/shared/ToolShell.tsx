import { Component, type ComponentChildren } from 'preact';
import { useHydrated } from './hydration';
import { exportAll } from '../../stores/persistence';
import { downloadText } from './download';
import { lazy } from './lazy';

// What is stored is known only in the browser, so the notices (shown when storage is off or full,
// or a value cannot be read, or a backup is due) load their code once the page runs.
const StorageNotices = lazy(() => import('./StorageNotices'));
const BackupReminder = lazy(async () => ({
  default: (await import('./StorageNotices')).BackupReminder,
}));
// A change that was refused, said as it happens: with the notices' code (and their words for why).
const WriteProblem = lazy(async () => ({ default: (await import('./StorageNotices')).WriteProblem }));
import { programmeName } from './programme';
import { I18n, useT } from './i18n';
import type { Strings } from '../../lib/i18n/messages';

interface Props {
  /** Base URL, for the link to the data page. */
  base: string;
  /** Show the 30-day export reminder. */
  reminder?: boolean;
  /** The page's interface strings (its language, and only the parts this tool uses). */
  strings: Strings;
  children: ComponentChildren;
}

/**
 * Every tool sits in this: what it says about saving (storage off or full, values that cannot be
 * read, a change that was refused), and an error boundary. If anything still goes wrong while the
 * tool runs, it says so in one sentence and offers everything stored as a download; storage is
 * left as it is.
 */
export default function ToolShell({ base, reminder = true, strings, children }: Props) {
  const mounted = useHydrated();
  return (
    <I18n strings={strings}>
      <Boundary>
        <div class="no-print">
          {mounted && <StorageNotices />}
          {mounted && <WriteProblem />}
        </div>
        {children}
        {mounted && reminder && <BackupReminder base={base} />}
      </Boundary>
    </I18n>
  );
}

class Boundary extends Component<{ children: ComponentChildren }, { failed: boolean }> {
  override state = { failed: false };

  static override getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return <Stopped />;
  }
}

/** What a tool says when it stopped on an error: nothing stored was touched; everything can be downloaded. */
function Stopped() {
  const t = useT();
  return (
    <div class="notice notice-error" role="alert">
      <p>
        <strong>{t('common.stopped.title')}</strong> {t('common.stopped.body')}
      </p>
      <p class="button-row">
        <button type="button" onClick={() => void exportAll(t, new Date(), programmeName()).then(({ fileName, text }) => downloadText(fileName, text))}>
          {t('common.stopped.download')}
        </button>
        <button type="button" class="secondary" onClick={() => location.reload()}>
          {t('common.stopped.reload')}
        </button>
      </p>
    </div>
  );
}
