import { charters } from '../../stores/persistence';
import { useHeldDoc } from '../shared/held-doc';
import { go } from '../shared/route';
import { NotFound } from '../shared/SharedLink';
import CharterEditor from './CharterEditor';
import { lazy } from '../shared/lazy';
import { useRef, useState } from 'preact/hooks';
import { focusSoon } from '../shared/UndoStatus';
import DeletedElsewhere from '../shared/DeletedElsewhere';
import { useT } from '../shared/i18n';

// The guided meeting loads when it is opened.
const MeetingView = lazy(() => import('./MeetingView'));
import type { CharterConfig } from './types';

/**
 * One charter, at `?id=…`. Deleted in another tab while open here, it stays on the page with what is
 * being typed (shared/held-doc.ts), with a notice to keep it or leave it deleted.
 */
export default function CharterDocView({ config, id, together }: { config: CharterConfig; id: string; together: boolean }) {
  const t = useT();
  const opened = useHeldDoc(charters, id);
  // Says what "Keep this charter" did, where the notice was, and takes focus from the button that went with it.
  const [said, setSaid] = useState('');
  const line = useRef<HTMLParagraphElement>(null);
  if (!opened.doc) return <NotFound what={t('charterDoc.view.what')} type="charter" id={id} homeLabel={t('charterDoc.view.home')} />;
  return (
    <>
      <p role="status" class="hint" tabIndex={-1} ref={line}>
        {said}
      </p>
      {opened.kept && (
        <DeletedElsewhere
          what={t('charterDoc.view.what')}
          keepLabel={t('charterDoc.view.keep')}
          onKeep={() => {
            opened.keep();
            setSaid(t('charterDoc.view.kept'));
            focusSoon(() => line.current);
          }}
          onLeave={() => (opened.forget(), go(null, null))}
        />
      )}
      {/* One tree either way, so the field being typed in stays put when the charter is deleted elsewhere. */}
      {together ? (
        <MeetingView key={id} config={config} doc={opened.doc} onChange={opened.onChange} />
      ) : (
        <CharterEditor key={id} config={config} doc={opened.doc} onChange={opened.onChange} />
      )}
    </>
  );
}
