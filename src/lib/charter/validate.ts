import { isTimeZone } from '../timezone';
import type { CharterValues } from '../docs/charter-doc';
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

/**
 * Everything wrong with a charter's values, as messages for the fields concerned. Values are never
 * changed here: what someone typed stays as typed, and is flagged.
 * 'share', 'print' and 'agree' also require both names (the signature lines, the partner and the agreement need them).
 */
export function validateCharter(def: CharterDefinition, values: CharterValues, purpose: CheckFor = 'edit'): FieldIssue[] {
  const issues: FieldIssue[] = [];
  for (const s of def.sections) {
    for (const f of s.fields) {
      if (!isVisible(s, f, values)) continue;
      const key = fieldKey(s, f);
      const v = textValue(values, key).trim();
      if (f.kind === 'date' && v && !isRealDate(v)) issues.push({ key, message: `${f.label}: “${v}” is not a real date. Use the form YYYY-MM-DD, for example 2026-03-14.` });
      if (f.kind === 'time' && v && !isRealTime(v)) issues.push({ key, message: `${f.label}: “${v}” is not a time. Use 24-hour HH:MM, for example 17:30.` });
      if (f.kind === 'number' && v) {
        const n = Number(v);
        const range = f.min !== undefined && f.max !== undefined ? ` between ${f.min} and ${f.max}` : '';
        if (!/^-?\d+$/.test(v)) issues.push({ key, message: `${f.label}: “${v}” is not a whole number.` });
        else if ((f.min !== undefined && n < f.min) || (f.max !== undefined && n > f.max)) issues.push({ key, message: `${f.label} must be${range}.` });
      }
      if (f.kind === 'choice' && v && !(f.options ?? []).some((o) => o.value === v)) {
        issues.push({ key, message: `${f.label}: “${v}” is not one of the choices. Choose one again.` });
      }
      if (f.kind === 'scale' && v && !(/^\d+$/.test(v) && Number(v) >= 1 && Number(v) <= (f.labels?.length ?? 5))) {
        issues.push({ key, message: `${f.label}: “${v}” is not a point on the scale. Choose one again.` });
      }
      if (f.kind === 'timezone' && v && !isTimeZone(v)) issues.push({ key, message: `${f.label}: “${v}” is not a time zone. Choose one from the list.` });
      if (f.kind === 'goals') {
        for (const g of goalsValue(values, key)) {
          for (const m of g.milestones) {
            if (m.date.trim() && !isRealDate(m.date.trim())) {
              issues.push({ key: `${key}/${g.id}/${m.id}`, message: `Milestone date “${m.date}” is not a real date. Use YYYY-MM-DD.` });
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
  inOrder('start-date', 'review-date', 'review-date', 'The next review date must be after the start date.');
  inOrder('start-date', 'end-date', 'end-date', 'The end date must be after the start date.');
  inOrder('start-date', 'mid-point-date', 'mid-point-date', 'The mid-point review date must be after the start date.');
  inOrder('mid-point-date', 'end-date', 'mid-point-date', 'The mid-point review date must be before the end date.');
  inOrder('first-meeting-date', 'end-date', 'first-meeting-date', 'The first meeting must be before the end date.');
  if (purpose !== 'edit') {
    for (const role of ['mentor-name', 'mentee-name'] as const) {
      const key = roleKey(def, role);
      if (key && !textValue(values, key).trim()) {
        issues.push({ key, message: `Add the ${role === 'mentor-name' ? 'mentor’s' : 'mentee’s'} name before you ${purpose} the charter.` });
      }
    }
  }
  return issues;
}
