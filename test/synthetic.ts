import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createProjectFile, type ProjectFile } from '../src/document/projectFile.js';
import { importReport } from '../src/import/importReport.js';
import { unitAttrs } from '../src/document/unitAttrs.js';
import { buildDocument, type UnitSeed } from '../src/document/buildDocument.js';
import { schema } from '../src/document/schema.js';
import type { Node } from 'prosemirror-model';
import { gr2021Pairs } from './corpus.js';

const REPORTS = [
  'nanan_district_2024_gov_work_report_zh.txt',
  'national_2024_gov_work_report_zh.txt',
  'chongqing_municipal_2026_gov_work_report_zh.txt',
].map((name) => readFileSync(fileURLToPath(new URL(`./fixtures/reports/${name}`, import.meta.url)), 'utf8'));

/** The three corpus reports concatenated until the text reaches `chars` characters. */
export function corpusText(chars: number): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < chars; i++) {
    const part = REPORTS[i % REPORTS.length] as string;
    parts.push(part);
    length += part.length + 1;
  }
  return parts.join('\n');
}

/**
 * A synthetic project of `count` units (about 150 characters each, 300,000 in all for 2,000), built
 * from the corpus paragraphs with their real headings, the shape of a long plan or white paper.
 */
export function syntheticProject(count: number, translatedShare = 0): ProjectFile {
  const seeds: UnitSeed[] = [];
  const sources = REPORTS.map((text, i) => importReport(`r${i}.txt`, new TextEncoder().encode(text)));
  const pool: UnitSeed[] = [];
  for (const result of sources) {
    if (!result.ok) throw new Error('corpus must import');
    result.value.doc.forEach((unit) => {
      const attrs = unitAttrs(unit);
      if (attrs.excluded || attrs.kind !== 'paragraph' && attrs.kind !== 'heading') return;
      const text = unit.child(0).textContent;
      pool.push({ text: attrs.kind === 'paragraph' ? text.slice(0, 150) : text, kind: attrs.kind, level: attrs.level, runIn: null, excluded: null });
    });
  }
  seeds.push({ text: '合成测试报告', kind: 'title', level: null, runIn: null, excluded: null });
  for (let i = 0; seeds.length < count; i++) seeds.push(pool[i % pool.length] as UnitSeed);
  const doc = buildDocument(seeds);
  const json = doc.toJSON() as { content: Array<{ attrs: Record<string, unknown>; content: Array<Record<string, unknown>> }> };
  const translated = Math.floor(count * translatedShare);
  for (let i = 0; i < translated; i++) {
    const unit = json.content[i];
    if (!unit) break;
    unit.attrs['status'] = 'translated';
    unit.content[1] = { type: 'target', content: [{ type: 'text', text: `English translation of paragraph ${i + 1}, with enough words to wrap across a line or two of the column.` }] };
  }
  const file = createProjectFile(doc, { fileName: 'synthetic.txt', sha256: '0'.repeat(64), encoding: 'utf-8', format: 'text', importedAt: '2026-01-01T00:00:00.000Z' }, '2026-01-01T00:00:00.000Z');
  return { ...file, doc: json as unknown as Record<string, unknown> };
}

/**
 * A fully translated document of `count` paragraphs: the 2021 national work report's official
 * sentence pairs, three to a paragraph (about 150 Chinese characters), repeated until the count is
 * reached; so every check, numbers included, has real Chinese and real English to read.
 */
export function parallelDocument(count: number): Node {
  const pairs = gr2021Pairs().filter(([zh, en]) => zh && en);
  const units: Node[] = [];
  for (let i = 0; units.length < count; i += 3) {
    const group = [0, 1, 2].map((k) => pairs[(i + k) % pairs.length] as readonly [string, string]);
    const id = `u${units.length + 1}`;
    units.push(
      schema.nodes.unit.create({ id, kind: 'paragraph', status: 'translated' }, [
        schema.nodes.source.create(null, schema.text(group.map(([zh]) => zh).join(''))),
        schema.nodes.target.create(null, schema.text(group.map(([, en]) => en).join(' '))),
      ]),
    );
  }
  return schema.nodes.doc.create(null, units);
}
