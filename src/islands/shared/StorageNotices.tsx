import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
import { settled } from './lazy';
import { $exportReminder, $storageHealth, $writeProblem, exportAll, unreadableValues } from '../../stores/persistence';
import { discardUnreadable, retrySaving, unreadableFile } from '../../stores/data-page';
import { downloadText } from './download';
import { programmeName } from './programme';
import { Rich, useT } from './i18n';
import { say } from '../../lib/storage/said';

/**
 * What every tool shows above it about saving: storage that is off or full (with an export so
 * nothing is lost), and data that could not be read (with a download of it).
 */
export default function StorageNotices() {
  const t = useT();
  const health = useStore($storageHealth);
  const quarantined = useStore(unreadableValues);

  const exportNow = () => void exportAll(t, new Date(), programmeName()).then(({ fileName, text }) => downloadText(fileName, text));

  return (
    <div class="storage-notices">
      {health.state === 'unavailable' && (
        <div class="notice notice-error" role="alert">
          <p>
            <strong>{t('common.notices.off.title')}</strong> {say(t, health.reason)} {t('common.notices.off.body')}
          </p>
          <p>
            <button type="button" onClick={exportNow}>
              {t('common.notices.off.export')}
            </button>
          </p>
        </div>
      )}
      {health.state === 'failing' && (
        <div class="notice notice-error" role="alert">
          <p>
            <strong>{t('common.notices.failing.title')}</strong> {say(t, health.reason)} {t('common.notices.failing.body', { count: health.pending })}
          </p>
          <p class="button-row">
            <button type="button" onClick={exportNow}>
              {t('common.notices.failing.export')}
            </button>
            <button type="button" class="secondary" onClick={() => retrySaving()}>
              {t('common.notices.failing.retry')}
            </button>
          </p>
        </div>
      )}
      {quarantined.length > 0 && (
        <div class="notice notice-warn" role="alert">
          <p>
            <strong>{t('common.notices.unreadable.title', { count: quarantined.length })}</strong> {t('common.notices.unreadable.body')}
          </p>
          <p class="button-row">
            <button type="button" onClick={() => void unreadableFile(t, new Date(), programmeName()).then(({ fileName, text }) => downloadText(fileName, text))}>
              {t('common.notices.unreadable.download')}
            </button>
            <button type="button" class="secondary" onClick={() => discardUnreadable()}>
              {t('common.notices.unreadable.discard')}
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
  const t = useT();
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
        <Rich k="common.notices.reminder.text" params={{ date: t.date(remindSince) }} slots={{ link: <a href={`${base}my-data/`}>{t('common.notices.reminder.link')}</a> }} />
      </p>
    </div>
  );
}

/** A change the browser refused, said as it happens (role=alert): why, in the page's language. */
export function WriteProblem() {
  const t = useT();
  const problem = useStore($writeProblem);
  if (!problem) return null;
  return (
    <div class="notice notice-error" role="alert">
      <p>
        <strong>{t('common.notSaved')}</strong> {say(t, problem)}
      </p>
    </div>
  );
}
