import type { FieldValue } from '../docs/charter-doc';
import type { FieldDef } from './schema';

/** A field's value as a person reads it: option labels for choices, the scale's label, goals as lines. */
export function readableValue(field: FieldDef, value: FieldValue | undefined): string {
  if (value === undefined) return '';
  if (Array.isArray(value)) {
    return value
      .filter((g) => g.text.trim() || g.success.trim() || g.milestones.length)
      .map((g, i) => {
        const lines = [`${i + 1}. ${g.text.trim() || '(no goal written)'}`];
        if (g.success.trim()) lines.push(`   Success: ${g.success.trim()}`);
        for (const m of g.milestones) if (m.text.trim() || m.date.trim()) lines.push(`   Milestone${m.date.trim() ? ` ${m.date.trim()}` : ''}: ${m.text.trim()}`);
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
    return label ? `${label} (${n} of 5)` : v;
  }
  if (field.kind === 'number' && field.role === 'session-minutes') return `${v} minutes`;
  // A time zone as the form lists it: "America/Los Angeles", not "America/Los_Angeles".
  if (field.kind === 'timezone') return v.replace(/_/g, ' ');
  return v;
}
