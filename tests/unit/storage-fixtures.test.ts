import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DOC_TYPES, docTypeFor } from '../../src/lib/docs';
import { BACKUP_FORMAT_VERSION, parseBackup } from '../../src/lib/storage/backup';
import { readDocument } from '../../src/lib/storage/envelope';

const DIR = resolve(import.meta.dirname, '../fixtures/storage');
const files = readdirSync(DIR).filter((f) => f.endsWith('.json'));

describe('every stored format Tandem has ever written still loads', () => {
  it('has a fixture for the current version of every document type and backup format', () => {
    for (const t of DOC_TYPES) expect(files).toContain(`${t.type}.v${t.version}.json`);
    expect(files).toContain(`backup.v${BACKUP_FORMAT_VERSION}.json`);
  });

  for (const file of files.filter((f) => !f.startsWith('backup.'))) {
    it(`${file} migrates to the current version`, () => {
      // <type>.v<version>.json, or <type>.v<version>.<what it shows>.json for a further example.
      const [type, v] = file.replace('.json', '').split('.v') as [string, string];
      expect(v, `${file}: the version is a whole number`).toMatch(/^\d+(\.[a-z0-9-]+)?$/);
      const docType = docTypeFor(type!);
      expect(docType, `a document type named ${type}`).toBeDefined();
      const raw = JSON.parse(readFileSync(join(DIR, file), 'utf8'));
      expect(raw.v).toBe(Number(v.split('.')[0]));
      const read = readDocument(docType!, raw);
      expect(read.ok ? 'ok' : read.error).toBe('ok');
      if (read.ok) {
        expect(read.doc.v).toBe(docType!.version);
        expect(read.doc.id).toBe(raw.id);
        expect(read.doc.updatedAt).toBe(raw.updatedAt);
      }
    });
  }

  for (const file of files.filter((f) => f.startsWith('backup.'))) {
    it(`${file} imports every document`, () => {
      const text = readFileSync(join(DIR, file), 'utf8');
      const parsed = parseBackup(text, text.length, DOC_TYPES);
      expect(parsed.ok).toBe(true);
      if (parsed.ok) {
        expect(parsed.rejected).toEqual([]);
        expect(parsed.valid.length).toBe(JSON.parse(text).documents.length);
      }
    });
  }
});
