import type { Node } from 'prosemirror-model';
import { describe, expect, it } from 'vitest';
import { fixtureBytes, fixturePath, SAMPLE } from '../../test/corpus.js';
import { xmllint } from '../../test/xmllint.js';
import { createProjectFile, parseProjectFile, type LoadedProject } from '../document/projectFile.js';
import { schema } from '../document/schema.js';
import { unitAttrs, type UnitAttrs } from '../document/unitAttrs.js';
import { importReport } from '../import/importReport.js';
import { changesBetween } from '../review/trackedChanges.js';
import { mergeXliff } from './mergeXliff.js';
import { readXliff } from './xliff.js';
import { writeXliff } from './writeXliff.js';

const NOW = '2026-12-06T04:00:00.000Z';
const encode = (s: string): Uint8Array => new TextEncoder().encode(s);

/**
 * The sample with English in its first included paragraphs: a confirmed one with pending tracked
 * changes and a reviewer's comment, a rejected one, a locked one.
 */
function reviewedProject(): LoadedProject {
  const imported = importReport('report.txt', fixtureBytes(SAMPLE));
  if (!imported.ok) throw new Error('report must import');
  const units: Node[] = [];
  let n = 0;
  imported.value.doc.forEach((u) => {
    const attrs = unitAttrs(u);
    if (attrs.excluded || n > 2) {
      units.push(u);
      return;
    }
    const english = ['The big car is blue.', 'Growth was stable.', 'Reform deepened.'][n] as string;
    const extra: Partial<UnitAttrs>[] = [
      { status: 'translated', review: changesBetween('The car is red.', english, { author: 'Ana', time: Date.parse(NOW) }) },
      { status: 'rejected' },
      { status: 'reviewed', locked: true },
    ];
    const marks = n === 0 ? [schema.marks.note.create({ noteId: 'c1' })] : [];
    units.push(schema.nodes.unit.create({ ...attrs, ...extra[n] }, [u.child(0), schema.nodes.target.create(null, schema.text(english, marks))]));
    n++;
  });
  const doc = schema.nodes.doc.create(null, units);
  const source = { fileName: 'report.txt', sha256: 'a'.repeat(64), encoding: 'utf-8' as const, format: 'text' as const, importedAt: NOW };
  const file = createProjectFile(doc, source, NOW, [], [{ id: 'c1', text: 'Is "big" in the source?', createdAt: NOW, updatedAt: NOW, kind: 'review', author: 'Ana' }]);
  return { file, doc };
}

const idsOf = (project: LoadedProject): string[] => {
  const ids: string[] = [];
  project.doc.forEach((u) => void (!unitAttrs(u).excluded && ids.push(unitAttrs(u).id)));
  return ids;
};

describe('XLIFF with review mode', () => {
  it('writes pending tracked changes and reviewer comments as notes, Rejected as a subState, and validates', () => {
    const project = reviewedProject();
    const xml = writeXliff(project.file, project.doc, { version: 'test' });
    xmllint(xml, ['--schema', fixturePath('schemas/xliff20/xliff_core_2.0.xsd')]);
    expect(xml).toContain('<note id="c1" category="dz:review" dz:author="Ana"');
    expect(xml).toMatch(/<note category="dz:trackedChange" dz:author="Ana" dz:createdAt="2026-12-06T04:00:00.000Z">Tracked change: inserted “big ”<\/note>/);
    expect(xml).toContain('deleted “red”, inserted “blue”');
    expect(xml).toContain('state="translated" subState="dz:rejected"');
  });

  it('reads Rejected and the comments back; change notes do not become notes; a locked paragraph is skipped', () => {
    const project = reviewedProject();
    const [first, second, third] = idsOf(project);
    let xml = writeXliff(project.file, project.doc, { version: 'test' });
    const read = readXliff(encode(xml));
    if (!read.ok) throw new Error(read.error.code);
    const units = new Map(read.value.units.map((u) => [u.id, u]));
    expect(units.get(second as string)?.state).toBe('rejected');
    expect(units.get(first as string)?.notes).toEqual([expect.objectContaining({ id: 'c1', review: { author: 'Ana' } })]);
    // Merged back as it is: nothing changes, the tracked changes stay in the project.
    const same = mergeXliff(project, read.value, { now: NOW, newId: () => 'x' });
    if (!same.ok) throw new Error(same.error.code);
    expect(same.value.summary).toMatchObject({ updated: 0, locked: 0 });
    expect(same.value.file.notes).toEqual(project.file.notes);
    // A translator elsewhere changed the locked paragraph and the rejected one.
    xml = xml.replace('Reform deepened.', 'Reform was deepened further.').replace('Growth was stable.', 'Growth held steady.');
    const edited = readXliff(encode(xml));
    if (!edited.ok) throw new Error(edited.error.code);
    const merged = mergeXliff(project, edited.value, { now: NOW, newId: () => 'x' });
    if (!merged.ok) throw new Error(merged.error.code);
    expect(merged.value.summary).toMatchObject({ updated: 1, locked: 1 });
    const english = new Map<string, string>();
    merged.value.doc.forEach((u) => english.set(unitAttrs(u).id, u.child(1).textContent));
    expect(english.get(third as string)).toBe('Reform deepened.');
    expect(english.get(second as string)).toBe('Growth held steady.');
    expect(parseProjectFile(JSON.stringify(merged.value.file)).ok).toBe(true);
  });
});
