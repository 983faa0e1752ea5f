import { useStore } from '@nanostores/preact';
import { $exportReminder, $storageHealth, discardUnreadable, exportAll, retrySaving, unreadableFile, unreadableValues } from '../../stores/persistence';
import { downloadText } from './download';
import { formatDate } from '../../lib/format';
import { programmeName } from './programme';

interface Props {
  /** Base URL, for the link to the data page. */
  base: string;
  /** Show the 30-day export reminder (tool pages and the data page). */
  reminder?: boolean;
}

/**
 * What every tool shows about saving: storage that is off or full (with an export so nothing is
 * lost), data that could not be read (with a download of it), and a reminder to export.
 */
export default function StorageNotices({ base, reminder = true }: Props) {
  const health = useStore($storageHealth);
  const quarantined = useStore(unreadableValues);
  const remindSince = useStore($exportReminder);

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
      {reminder && remindSince && health.state === 'ok' && (
        <div class="notice notice-warn">
          <p>
            You have changes since {formatDate(remindSince)} that are only in this browser. If the browser’s data is
            cleared, they are gone. <a href={`${base}my-data/`}>Export a backup</a> to keep a copy.
          </p>
        </div>
      )}
    </div>
  );
}
