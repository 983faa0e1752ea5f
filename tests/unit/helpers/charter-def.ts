import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { load } from 'js-yaml';
import { charterDefinitionSchema, type CharterDefinition } from '../../../src/lib/charter/schema';

/**
 * The charter definition the product's tests use: tests/fixtures/content/charter.yaml, the fixture
 * handbook's charter, validated by its schema as the site does (so examples default to []).
 * Not content/charter.yaml: a coordinator's edits there must not break the tests.
 */
export function charterDefinition(): CharterDefinition {
  return charterDefinitionSchema.parse(load(readFileSync(resolve(import.meta.dirname, '../../fixtures/content/charter.yaml'), 'utf8')));
}
