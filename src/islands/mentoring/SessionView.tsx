import type { SessionDoc } from '../../lib/docs/session-doc';
import DeletedElsewhere from '../shared/DeletedElsewhere';
import { go } from '../shared/route';
import { useT } from '../shared/i18n';
import type { OpenSession } from './open-session';
import SessionEditor from './SessionEditor';
import type { MentoringConfig } from './types';

/**
 * My mentoring at `?id=…`: one session record, with the notice over it when it was deleted in
 * another tab, or a note when there is no such record here. Loaded when a record is opened.
 */
export default function SessionView({
  config,
  id,
  opened,
  onDelete,
  onLeave,
  onKept,
}: {
  config: MentoringConfig;
  id: string;
  opened: OpenSession;
  onDelete: (s: SessionDoc) => void;
  onLeave: () => void;
  /** After "Keep this record": say so and move focus (the notice and its buttons go). */
  onKept: () => void;
}) {
  const t = useT();
  if (!opened.session)
    return (
      <div class="notice notice-warn" role="alert">
        <p>{t('mentoring.session.missing')}</p>
        <p>
          <a href={location.pathname} onClick={(e) => go(e, null)}>
            {t('mentoring.session.backToMentoring')}
          </a>
        </p>
      </div>
    );
  return (
    <>
      {opened.kept && <DeletedElsewhere what={t('mentoring.session.deletedWhat')} keepLabel={t('mentoring.session.keep')} onKeep={() => (opened.keep(), onKept())} onLeave={onLeave} />}
      {/* One tree for every case, so the editor (and the field being typed in) stays mounted when an
          unsaved record is first stored, or a record is deleted or put back elsewhere. */}
      <SessionEditor
        key={id}
        config={config}
        session={opened.session}
        unsaved={opened.unsaved}
        detached={opened.kept}
        onDelete={opened.unsaved ? onLeave : onDelete}
        onChange={opened.onChange}
      />
    </>
  );
}
