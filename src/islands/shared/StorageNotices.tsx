import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
import { settled } from './lazy';
import { $exportReminder, $storageHealth, exportAll, unreadableValues } from '../../stores/persistence';
import { discardUnreadable, retrySaving, unreadableFile } from '../../stores/data-page';
import { downloadText } from './download';
import { formatDate } from '../../lib/format';
import { programmeName } from './programme';

/**
 * What every tool shows above it about saving: storage that is off or full (with an export so
 * nothing is lost), and data that could not be read (with a download of it).
 */
export default function StorageNotices() {
  const health = useStore($storageHealth);
  const quarantined = useStore(unreadableValues);

  const exportNow = () => void exportAll(new Date(), programmeName()).then(({ fileName, text }) => downloadText(fileName, text));

  return (
    <div class="storage-notices">
      {health.state === 'unavailable' && (
        <div class="notice notice-error" role="alert">
          <p>
            <strong>Your changes are not being saved.</strong> {health.reason} You can keep working on this page, but
            everything will be gone when you close it.
          </p>
          <p>
            <button type="button" onClick={exportNow}>
              Export what you have
            </button>
          </p>
        </div>
      )}
      {health.state === 'failing' && (
        <div class="notice notice-error" role="alert">
          <p>
            <strong>Your latest changes are not being saved.</strong> {health.reason} They are kept on this page for now
            ({health.pending} waiting). Export them to a file, or free some space and try again.
          </p>
          <p class="button-row">
            <button type="button" onClick={exportNow}>
              Export everything
            </button>
            <button type="button" class="secondary" onClick={() => retrySaving()}>
              Try saving again
            </button>
          </p>
        </div>
      )}
      {quarantined.length > 0 && (
        <div class="notice notice-warn" role="alert">
          <p>
            <strong>
              {quarantined.length === 1 ? 'Some saved data could not be read.' : `${quarantined.length} saved items could not be read.`}
            </strong>{' '}
            It may have been damaged or changed by hand. Nothing was deleted: it is kept exactly as it was, and the
            tools work without it. Download it to keep a copy.
          </p>
          <p class="button-row">
            <button
              type="button"
              onClick={() => void unreadableFile(new Date(), programmeName()).then(({ fileName, text }) => downloadText(fileName, text))}
            >
              Download the unreadable data
            </button>
            <button type="button" class="secondary" onClick={() => discardUnreadable()}>
              I have it, remove it from this browser
            </button>
          </p>
        </div>
      )}
    </div>
  );
}

/**
 * The reminder to export, below the tool. It appears once the tool has settled (every part of it
 * loaded), so it moves nothing already on the screen.
 */
export function BackupReminder({ base }: { /** Base URL, for the link to the data page. */ base: string }) {
  const health = useStore($storageHealth);
  const remindSince = useStore($exportReminder);
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let live = true;
    void settled().then(() => live && setReady(true));
    return () => {
      live = false;
    };
  }, []);
  if (!ready || !remindSince || health.state !== 'ok') return null;
  return (
    <div class="notice notice-warn backup-reminder no-print">
      <p>
        You have changes since {formatDate(remindSince)} that are only in this browser. If the browser’s data is
        cleared, they are gone. <a href={`${base}my-data/`}>Export a backup</a> to keep a copy.
      </p>
    </div>
  );
}
