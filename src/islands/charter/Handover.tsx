import { handover, handoverWords, partnerName, type HandoverAction } from '../../lib/charter/handover';
import { roleText } from '../../lib/charter/values';
import type { CharterDoc } from '../../lib/docs/charter-doc';
import { useT } from '../shared/i18n';
import type { CharterConfig } from './types';

interface Props {
  config: CharterConfig;
  doc: CharterDoc;
  onAction: (action: HandoverAction) => void;
  /** Where it sits: at the top of the charter, or after its last section. */
  place: 'top' | 'end';
}

/** Where the charter stands between the two, and the one button that takes it on. */
export default function Handover({ config, doc, onAction, place }: Props) {
  const t = useT();
  const names = { mentor: roleText(config.def, doc.data.values, 'mentor-name'), mentee: roleText(config.def, doc.data.values, 'mentee-name') };
  const h = handover(doc.data);
  const w = handoverWords(h, partnerName(doc.data, names, t), t);
  // A link needs both names (they label each side's version): until then, say so instead of offering a button that refuses.
  const unnamed = !names.mentor || !names.mentee;
  return (
    <div class={`handover handover-${h.kind}`} aria-labelledby={`handover-${place}`} role="group">
      <p id={`handover-${place}`}>
        {place === 'top' ? <strong>{t('charterDoc.handover.whereItStands')} </strong> : w.action && !unnamed ? <strong>{t('charterDoc.handover.next')} </strong> : null}
        {w.text}
        {w.action && unnamed && ` ${t('charterDoc.handover.unnamed')}`}
      </p>
      {w.action && !unnamed && (
        <p class="button-row">
          <button type="button" class={place === 'top' ? 'small' : ''} onClick={() => onAction(w.action!)}>
            {w.action.label}
          </button>
        </p>
      )}
    </div>
  );
}
