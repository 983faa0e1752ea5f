import type { FieldValue } from '../docs/charter-doc';
import type { Translate } from '../i18n/messages';
import type { FieldDef } from './schema';

/** A field's value as a person reads it: option labels for choices, the scale's label, goals as lines. */
export function readableValue(t: Translate, field: FieldDef, value: FieldValue | undefined): string {
  if (value === undefined) return '';
  if (Array.isArray(value)) {
    return value
      .filter((g) => g.text.trim() || g.success.trim() || g.milestones.length)
      .map((g, i) => {
        const lines = [`${i + 1}. ${g.text.trim() || t('charter.text.noGoal')}`];
        if (g.success.trim()) lines.push(`   ${t('charter.text.success', { text: g.success.trim() })}`);
        for (const m of g.milestones) {
          if (!m.text.trim() && !m.date.trim()) continue;
          lines.push(`   ${m.date.trim() ? t('charter.text.milestoneDated', { date: m.date.trim(), text: m.text.trim() }) : t('charter.text.milestone', { text: m.text.trim() })}`);
        }
        return lines.join('\n');
      })
      .join('\n');
  }
  const v = value.trim();
  if (!v) return '';
  if (field.kind === 'choice') return field.options?.find((o) => o.value === v)?.label ?? v;
  if (field.kind === 'scale') {
    const n = Number(v);
    const label = field.labels?.[n - 1];
    return label ? t('charter.text.scale', { label, point: n, points: field.labels?.length ?? 5 }) : v;
  }
  // The number as it was typed; its plural form is chosen by its value.
  if (field.kind === 'number' && field.role === 'session-minutes') return t('charter.text.minutes', { count: Number(v) || 0, minutes: v });
  // A time zone as the form lists it: "America/Los Angeles", not "America/Los_Angeles".
  if (field.kind === 'timezone') return v.replace(/_/g, ' ');
  return v;
}
