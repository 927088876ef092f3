import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Node } from 'prosemirror-model';
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/document/buildDocument.js';
import { nodesOf } from '../../src/document/plainText.js';
import { createProjectFile, serializeProjectFile } from '../../src/document/projectFile.js';
import { schema } from '../../src/document/schema.js';
import { toSentenceMode } from '../../src/document/segments.js';
import { runCliForTest } from '../../test/runCliForTest.js';
import type { ProjectDescription } from './describeProject.js';

describe('duizhao info on a project in sentence mode', () => {
  it('counts progress per sentence, as the status bar does, and prints each sentence’s English and status', async () => {
    const doc = buildDocument([
      { text: '今年全市经济增长5.2%。城镇新增就业两万人。居民收入稳步提高！', kind: 'paragraph', level: null, runIn: null, excluded: null },
      { text: '第二段只有一句话。', kind: 'paragraph', level: null, runIn: null, excluded: null },
    ]);
    const sentences = toSentenceMode(doc.child(0)) as Node;
    const cells = [schema.nodes.segment.create({ status: 'translated' }, nodesOf({ text: 'The economy grew by 5.2%.', marks: [] })), sentences.child(1).child(1), schema.nodes.segment.create({ status: 'draft' }, schema.text('Incomes rose.'))];
    const unit = sentences.type.create({ ...sentences.attrs, status: 'draft' }, [sentences.child(0), schema.nodes.segments.create(null, cells)]);
    const at = '2026-12-06T00:00:00.000Z';
    const cwd = mkdtempSync(join(tmpdir(), 'duizhao-sentences-'));
    const file = createProjectFile(doc.copy(doc.content.replaceChild(0, unit)), { fileName: 's.txt', sha256: 'a'.repeat(64), encoding: 'utf-8', format: 'text', importedAt: at }, at);
    writeFileSync(join(cwd, 's.duizhao'), serializeProjectFile(file));
    const { code, out } = await runCliForTest(['info', join(cwd, 's.duizhao'), '--json'], cwd);
    expect(code).toBe(0);
    const info = JSON.parse(out) as ProjectDescription;
    // Only the first sentence is confirmed: its 13 characters of 32 + 9.
    expect(info.totals).toMatchObject({ unitsDone: 0, unitsTotal: 2, charsDone: 13, charsTotal: 41 });
    expect(info.units[0]?.target).toBe('The economy grew by 5.2%. Incomes rose.');
    expect(info.units[0]?.segments).toEqual([
      { status: 'translated', target: 'The economy grew by 5.2%.' },
      { status: 'untranslated', target: '' },
      { status: 'draft', target: 'Incomes rose.' },
    ]);
    expect(info.units[1]?.segments).toBeUndefined();
  });
});
