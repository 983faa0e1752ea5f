/**
 * The order of "Write it together now": the sections a first meeting needs (`essential`), then a
 * pause to agree what is written or go on, then the other sections, then the agreement. With no
 * section marked essential, every section is asked in order and no pause is offered.
 */
import type { CharterDefinition, SectionDef } from './schema';

export type MeetingStep = { kind: 'section'; section: SectionDef; essential: boolean } | { kind: 'checkpoint' } | { kind: 'agree' };

export function meetingSteps(def: CharterDefinition): MeetingStep[] {
  const first = def.sections.filter((s) => s.essential);
  const rest = def.sections.filter((s) => !s.essential);
  if (first.length === 0 || rest.length === 0) return [...def.sections.map((section) => ({ kind: 'section' as const, section, essential: true })), { kind: 'agree' }];
  return [
    ...first.map((section) => ({ kind: 'section' as const, section, essential: true })),
    { kind: 'checkpoint' },
    ...rest.map((section) => ({ kind: 'section' as const, section, essential: false })),
    { kind: 'agree' },
  ];
}
