import { isTimeZone } from '../timezone';
import type { CharterValues } from '../docs/charter-doc';
import type { Translate } from '../i18n/messages';
import { fieldKey, roleKey, type FieldRole } from './definition';
import type { CharterDefinition } from './schema';
import { goalsValue, isVisible, textValue } from './values';

export interface FieldIssue {
  /** The field key ("rhythm.sessionMinutes"), or "<key>/<goal id>/<milestone id>" for a milestone date. */
  key: string;
  message: string;
}

export { isRealDate, isRealTime } from './real-dates';
import { isRealDate, isRealTime } from './real-dates';

export type CheckFor = 'edit' | 'share' | 'print' | 'agree';

/** The message for a name still to write, by whose name and what it is needed for. */
const NAME_NEEDED = {
  'mentor-name': { share: 'charter.check.mentorNameToShare', print: 'charter.check.mentorNameToPrint', agree: 'charter.check.mentorNameToAgree' },
  'mentee-name': { share: 'charter.check.menteeNameToShare', print: 'charter.check.menteeNameToPrint', agree: 'charter.check.menteeNameToAgree' },
} as const;

/**
 * Everything wrong with a charter's values, as messages (in the page's language) for the fields
 * concerned. Values are never changed here: what someone typed stays as typed, and is flagged.
 * 'share', 'print' and 'agree' also require both names (the signature lines, the partner and the agreement need them).
 */
export function validateCharter(t: Translate, def: CharterDefinition, values: CharterValues, purpose: CheckFor = 'edit'): FieldIssue[] {
  const issues: FieldIssue[] = [];
  for (const s of def.sections) {
    for (const f of s.fields) {
      if (!isVisible(s, f, values)) continue;
      const key = fieldKey(s, f);
      const v = textValue(values, key).trim();
      const about = { label: f.label, value: v };
      if (f.kind === 'date' && v && !isRealDate(v)) issues.push({ key, message: t('charter.check.notDate', about) });
      if (f.kind === 'time' && v && !isRealTime(v)) issues.push({ key, message: t('charter.check.notTime', about) });
      if (f.kind === 'number' && v) {
        const n = Number(v);
        if (!/^-?\d+$/.test(v)) issues.push({ key, message: t('charter.check.notWhole', about) });
        else if ((f.min !== undefined && n < f.min) || (f.max !== undefined && n > f.max)) {
          const message =
            f.min !== undefined && f.max !== undefined
              ? t('charter.check.between', { label: f.label, min: f.min, max: f.max })
              : f.min !== undefined
                ? t('charter.check.atLeast', { label: f.label, min: f.min })
                : t('charter.check.atMost', { label: f.label, max: f.max! });
          issues.push({ key, message });
        }
      }
      if (f.kind === 'choice' && v && !(f.options ?? []).some((o) => o.value === v)) {
        issues.push({ key, message: t('charter.check.notChoice', about) });
      }
      if (f.kind === 'scale' && v && !(/^\d+$/.test(v) && Number(v) >= 1 && Number(v) <= (f.labels?.length ?? 5))) {
        issues.push({ key, message: t('charter.check.notPoint', about) });
      }
      if (f.kind === 'timezone' && v && !isTimeZone(v)) issues.push({ key, message: t('charter.check.notZone', about) });
      if (f.kind === 'goals') {
        for (const g of goalsValue(values, key)) {
          for (const m of g.milestones) {
            if (m.date.trim() && !isRealDate(m.date.trim())) {
              issues.push({ key: `${key}/${g.id}/${m.id}`, message: t('charter.check.milestoneDate', { value: m.date }) });
            }
          }
        }
      }
    }
  }
  /** Two dates that must come in order; the message goes on the field named by `on`. */
  const inOrder = (first: FieldRole, then: FieldRole, on: FieldRole, message: string) => {
    const [a, b, key] = [roleKey(def, first), roleKey(def, then), roleKey(def, on)];
    if (!a || !b || !key) return;
    const [x, y] = [textValue(values, a).trim(), textValue(values, b).trim()];
    if (isRealDate(x) && isRealDate(y) && y <= x) issues.push({ key, message });
  };
  inOrder('start-date', 'review-date', 'review-date', t('charter.check.reviewAfterStart'));
  inOrder('start-date', 'end-date', 'end-date', t('charter.check.endAfterStart'));
  inOrder('start-date', 'mid-point-date', 'mid-point-date', t('charter.check.midAfterStart'));
  inOrder('mid-point-date', 'end-date', 'mid-point-date', t('charter.check.midBeforeEnd'));
  inOrder('first-meeting-date', 'end-date', 'first-meeting-date', t('charter.check.firstBeforeEnd'));
  if (purpose !== 'edit') {
    for (const role of ['mentor-name', 'mentee-name'] as const) {
      const key = roleKey(def, role);
      if (key && !textValue(values, key).trim()) {
        issues.push({ key, message: t(NAME_NEEDED[role][purpose]) });
      }
    }
  }
  return issues;
}
