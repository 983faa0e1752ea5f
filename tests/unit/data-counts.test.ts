/**
 * My data's counts of what is kept ("2 charters, 3 reflection entries and 1 session record") are
 * whole sentences in each shipped language: each kind counted with its own plural, the list joined
 * as the language joins lists, inside the sentence that says where it is kept.
 */
import { describe, expect, it } from 'vitest';
import { everyKind, keptCounts } from '../../src/lib/docs';
import { bytes } from '../../src/lib/format';
import { enT, tIn } from '../helpers/strings';

const kept = (t: typeof enT, counts: [string, number][]) => t('data.where.kept', { what: keptCounts(t, counts) });

describe('what My data says is kept', () => {
  const counts: [string, number][] = [
    ['charter', 2],
    ['reflection', 3],
    ['session', 1],
  ];

  it('in English', () => {
    expect(kept(enT, counts)).toBe('Kept in this browser only: 2 charters, 3 reflection entries and 1 session record.');
    expect(kept(enT, [['assessment', 1]])).toBe('Kept in this browser only: 1 reciprocity self-assessment.');
    expect(kept(enT, [['charter', 1], ['assessment', 12]])).toBe('Kept in this browser only: 1 charter and 12 reciprocity self-assessments.');
    expect(enT('data.backup.button', { what: keptCounts(enT, counts) })).toBe('Export all (2 charters, 3 reflection entries and 1 session record)');
    expect(everyKind(enT)).toBe('charters, reciprocity self-assessments, reflection entries and session records');
  });

  it('in French', () => {
    const fr = tIn('fr');
    expect(kept(fr, counts)).toBe('Gardé uniquement dans ce navigateur\u00a0: 2 chartes, 3 notes de réflexion et 1 compte rendu de séance.');
    expect(kept(fr, [['assessment', 1]])).toBe('Gardé uniquement dans ce navigateur\u00a0: 1 auto-évaluation de réciprocité.');
    expect(kept(fr, [['charter', 1], ['assessment', 12]])).toBe('Gardé uniquement dans ce navigateur\u00a0: 1 charte et 12 auto-évaluations de réciprocité.');
    // French counts 0 and 1 as singular.
    expect(fr('data.kinds.session.count', { count: 0 })).toBe('0 compte rendu de séance');
    expect(everyKind(fr)).toBe('chartes, auto-évaluations de réciprocité, notes de réflexion et comptes rendus de séance');
  });

  it('in Spanish', () => {
    const es = tIn('es');
    expect(kept(es, counts)).toBe('Guardado solo en este navegador: 2 cartas, 3 entradas de reflexión y 1 registro de sesión.');
    expect(kept(es, [['assessment', 1]])).toBe('Guardado solo en este navegador: 1 autoevaluación de reciprocidad.');
    expect(kept(es, [['charter', 1], ['assessment', 12]])).toBe('Guardado solo en este navegador: 1 carta y 12 autoevaluaciones de reciprocidad.');
    expect(everyKind(es)).toBe('cartas, autoevaluaciones de reciprocidad, entradas de reflexión y registros de sesión');
  });

  it('names a kind this version does not know as a document', () => {
    expect(keptCounts(enT, [['spaceship', 2]])).toBe('2 documents');
  });
});

describe('sizes', () => {
  it('read as before in English, and with the language’s decimal mark and units elsewhere', () => {
    expect([0, 1, 512, 400, 12 * 1024, 3.2 * 1024 * 1024, 1.1 * 1024 ** 3].map((n) => bytes(enT, n))).toEqual(['nothing', '1 byte', '512 bytes', '400 bytes', '12 KB', '3.2 MB', '1.1 GB']);
    expect(bytes(enT, 410)).toBe('410 bytes');
    expect(bytes(enT, 1024 * 1.5)).toBe('1.5 KB');
    expect(bytes(tIn('fr'), 1024 * 1.5)).toBe('1,5 Ko');
    expect(bytes(tIn('fr'), 3.2 * 1024 * 1024)).toBe('3,2 Mo');
    expect(bytes(tIn('es'), 3.2 * 1024 * 1024)).toBe('3,2 MB');
    expect(bytes(tIn('fr'), 0)).toBe('rien');
  });
});
