import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { load } from 'js-yaml';
import { charterDefinitionSchema, type CharterDefinition } from '../../../src/lib/charter/schema';

/** content/charter.yaml as the site loads it: validated by its schema, so examples default to []. */
export function charterDefinition(): CharterDefinition {
  return charterDefinitionSchema.parse(load(readFileSync(resolve(import.meta.dirname, '../../../content/charter.yaml'), 'utf8')));
}
