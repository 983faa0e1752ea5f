import type { Translate } from '../i18n/messages';
import type { UnreadableValue } from './doc-store';
import { say } from './said';

/** The text of the download offered for values that cannot be read, each exactly as stored; its words in the language of `t`. */
export function unreadableDownload(t: Translate, items: readonly UnreadableValue[], now: Date): string {
  return JSON.stringify(
    {
      format: 'tandem-unreadable-data',
      note: t('common.unreadable.fileNote'),
      savedAt: now.toISOString(),
      items: items.map(({ from, reason, raw }) => ({ from, reason: say(t, reason), raw })),
    },
    null,
    2,
  );
}
