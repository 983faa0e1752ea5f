/**
 * The checks on the reciprocity self-assessment (content/assessments/reciprocity.yaml) that a
 * schema of single fields cannot make, and the statements each role reads. Its schema, and the
 * Instrument type, are in ./schema.ts. No zod here, so browser code may import this module.
 */
import type { Role } from '../docs/assessment-doc';
import type { Behaviour } from './schema';

import type { Side } from './keys';
export { SIDES, answerKey, type Side } from './keys';

/** The statement a person in `role` reads for one side of a behaviour. */
export const statement = (b: Behaviour, role: Role, side: Side): string => b[role][side];
