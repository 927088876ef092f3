import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { parseProjectFile, type LoadedProject, type ProjectFile } from '../../src/document/projectFile.js';
import { schema } from '../../src/document/schema.js';
import { DEFAULT_PRINT_OPTIONS } from '../../src/export/printHtml.js';
import { readReviewDocx } from '../../src/export/review/readReviewDocx.js';
import { reviewLabels } from '../../src/export/review/reviewLabels.js';
import en from '../../assets/locales/en/translation.json' with { type: 'json' };
import { fixtureBytes, fixturePath, SAMPLE } from '../../test/corpus.js';
import { EN_PRINT_LABELS } from '../../test/printLabels.js';
import { translatedReport } from '../../test/translatedProject.js';
import { exportEditionDocx, exportReviewDocx, mergeReviewDocx } from './exportDocx.js';

const STARTER = fixturePath('../../assets/glossary/starter.duizhao-glossary');
const EN = (key: string): string => key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], en) as string;
const REVIEW_LABELS = reviewLabels(EN);
const NOW = '2026-12-01T09:00:00.000Z';

/** The sample translated, its first paragraph's English with a bold word and a note, the 红岩先锋 paragraph left untranslated. */
function project(): LoadedProject {
  const file = translatedReport('nanan.txt', fixtureBytes(SAMPLE), [STARTER]);
  const doc = file.doc as { content: Array<{ attrs: Record<string, unknown>; content: Array<Record<string, unknown>> }> };
  const untranslated = doc.content.find((u) => JSON.stringify(u.content[0]).includes('红岩先锋'));
  if (!untranslated) throw new Error('sample');
  untranslated.attrs['status'] = 'untranslated';
  untranslated.content[1] = { type: 'target' };
  const salutation = doc.content[4] as { content: Array<Record<string, unknown>> };
  salutation.content[1] = {
    type: 'target',
    content: [
      { type: 'text', text: 'Now, on behalf of the ' },
      { type: 'text', text: 'People’s Government', marks: [{ type: 'strong' }, { type: 'note', attrs: { noteId: 'n1' } }] },
      { type: 'text', text: ' of Nan’an District, I present the report.' },
    ],
  };
  const withNote: ProjectFile = { ...file, notes: [{ id: 'n1', text: 'The district government, not the Party committee.', createdAt: NOW, updatedAt: NOW }] };
  const loaded = parseProjectFile(JSON.stringify(withNote));
  if (!loaded.ok) throw new Error(loaded.error.code);
  return loaded.value;
}

const idOf = (p: LoadedProject, i: number): string => p.doc.child(i).attrs['id'] as string;
const englishOf = (file: ProjectFile, id: string): string => {
  const unit = schema.nodeFromJSON(file.doc).content.content.find((u) => u.attrs['id'] === id);
  return unit?.child(1).textContent ?? '';
};

/** Edits a .docx's document.xml the way Word saves a reviewer's work, and adds parts (e.g. comments). */
function revise(docx: Uint8Array, edit: (xml: string) => string, parts: Record<string, string> = {}): Uint8Array {
  const files = unzipSync(docx);
  files['word/document.xml'] = strToU8(edit(strFromU8(files['word/document.xml'] as Uint8Array)));
  for (const [name, text] of Object.entries(parts)) files[name] = strToU8(text);
  return zipSync(files);
}

/** The XML of a table row, by the unit id in its first cell. */
function rowOf(xml: string, id: string): { start: number; end: number; xml: string } {
  const at = xml.indexOf(`>${id}</w:t>`);
  const start = xml.lastIndexOf('<w:tr>', at);
  const end = xml.indexOf('</w:tr>', at) + '</w:tr>'.length;
  return { start, end, xml: xml.slice(start, end) };
}

function editRow(xml: string, id: string, edit: (row: string) => string): string {
  const row = rowOf(xml, id);
  return xml.slice(0, row.start) + edit(row.xml) + xml.slice(row.end);
}

/** Replaces the runs of the nth cell (0-based) of a row with new paragraph content. */
function setCell(row: string, n: number, paragraphXml: string): string {
  let at = -1;
  for (let i = 0; i <= n; i++) at = row.indexOf('<w:tc>', at + 1);
  const end = row.indexOf('</w:tc>', at);
  const pStart = row.indexOf('</w:tcPr>', at) + '</w:tcPr>'.length;
  return row.slice(0, pStart) + paragraphXml + row.slice(end);
}

describe('bilingual Word edition', () => {
  it('reads back in mammoth with both languages, headings by level, notes as footnotes and the appendix of definitions', async () => {
    const p = project();
    for (const layout of ['side-by-side', 'interleaved'] as const) {
      const bytes = await exportEditionDocx(p, [STARTER], { ...DEFAULT_PRINT_OPTIONS, layout }, EN_PRINT_LABELS, 'A. Translator');
      const { value: html, messages } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
      expect(messages.filter((m) => m.type === 'error')).toEqual([]);
      const text = html.replace(/<[^>]+>/g, ' ');
      expect(text).toContain('现在,我代表南岸区人民政府向大会报告工作');
      expect(text).toContain('People’s Government');
      expect(html).toContain('<strong>People’s Government</strong>');
      // The note is a Word footnote (mammoth lists footnotes at the end, linked from their reference).
      expect(html).toMatch(/<a href="#footnote-1" id="footnote-ref-1">\[1\]<\/a>/);
      expect(html).toMatch(/<li id="footnote-1"><p>The district government, not the Party committee\./);
      // The appendix: definitions only, never an internal note, and not the term of the untranslated paragraph.
      expect(text).toContain('Glossary');
      expect(text).toContain('3 leading clusters at the trillion-yuan level');
      expect(text).not.toContain('check that expansion');
      expect(text).not.toContain('Red Crag');
      if (layout === 'interleaved') {
        // A level-1 heading is Heading 1 in both languages.
        const headings = [...html.matchAll(/<h1>(.*?)<\/h1>/g)].map((m) => m[1]);
        expect(headings).toContain('一、2023年工作回顾');
        expect(headings.length).toBeGreaterThanOrEqual(3);
      }
    }
  }, 60_000);

  it('converts headless in LibreOffice (opens without repair) to text with both languages', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'duizhao-docx-'));
    const bytes = await exportEditionDocx(project(), [STARTER], DEFAULT_PRINT_OPTIONS, EN_PRINT_LABELS, 'A. Translator');
    writeFileSync(join(dir, 'edition.docx'), bytes);
    execFileSync('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'txt:Text (encoded):UTF8', '--outdir', dir, join(dir, 'edition.docx')], { stdio: 'ignore', timeout: 120_000 });
    const text = readFileSync(join(dir, 'edition.txt'), 'utf8');
    expect(text).toContain('重庆市南岸区人民政府工作报告');
    expect(text).toContain('People’s Government');
    expect(text).toContain('Glossary');
  }, 150_000);
});

describe('review table round trip', () => {
  it('merges the reviewer’s edits (tracked or not), comment column, Word comments and approvals as drafts, notes and statuses', async () => {
    const p = project();
    const exported = await exportReviewDocx(p, REVIEW_LABELS, 'a4', 'A. Translator');
    const [title, salutation, firstBody, commented, conflicted] = [idOf(p, 0), idOf(p, 4), idOf(p, 6), idOf(p, 7), idOf(p, 9)];
    const reviewed = revise(
      exported,
      (xml) => {
        // Tracked changes: the old English deleted, the new inserted (Word with Track Changes on).
        xml = editRow(xml, firstBody, (row) =>
          setCell(row, 3, '<w:p><w:del w:id="90" w:author="Rev"><w:r><w:delText>Old text</w:delText></w:r></w:del><w:ins w:id="91" w:author="Rev"><w:r><w:t xml:space="preserve">The past year was </w:t></w:r><w:r><w:rPr><w:i/></w:rPr><w:t>truly</w:t></w:r><w:r><w:t xml:space="preserve"> remarkable.</w:t></w:r></w:ins></w:p>'),
        );
        xml = editRow(xml, commented, (row) => setCell(row, 4, '<w:p><w:r><w:t>Say “district”, not “region”.</w:t></w:r></w:p>'));
        xml = editRow(xml, commented, (row) => row.replace('<w:t xml:space="preserve">I', '<w:commentRangeStart w:id="7"/><w:t xml:space="preserve">I').replace('</w:p></w:tc><w:tc>', '<w:commentRangeEnd w:id="7"/><w:r><w:commentReference w:id="7"/></w:r></w:p></w:tc><w:tc>'));
        xml = editRow(xml, title, (row) => row.replace('>Translated<', '>Reviewed<'));
        xml = editRow(xml, conflicted, (row) => setCell(row, 3, '<w:p><w:r><w:t>The reviewer’s version.</w:t></w:r></w:p>'));
        return xml;
      },
      { 'word/comments.xml': '<?xml version="1.0" encoding="UTF-8"?><w:comments xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:comment w:id="7" w:author="B. Reviewer"><w:p><w:r><w:t>Is this the official name?</w:t></w:r></w:p></w:comment></w:comments>' },
    );
    // The translator changed one paragraph after exporting the table: the reviewer's change there is a conflict.
    const later = parseProjectFile(JSON.stringify({ ...p.file, doc: (() => {
      const json = structuredClone(p.file.doc) as { content: Array<{ content: Array<Record<string, unknown>> }> };
      (json.content[9] as { content: Array<Record<string, unknown>> }).content[1] = { type: 'target', content: [{ type: 'text', text: 'The translator’s newer English.' }] };
      return json;
    })() }));
    if (!later.ok) throw new Error(later.error.code);

    const merged = mergeReviewDocx(later.value, reviewed, { now: NOW, conflictNote: (english) => `Reviewer: ${english}`, reviewer: 'Reviewer' });
    expect(merged.summary).toMatchObject({ english: 1, comments: 2, status: 1, conflicts: 1 });
    expect(merged.changes.map((c) => [c.kind, c.unitId])).toEqual([
      ['status', title],
      ['english', firstBody],
      ['comment', commented],
      ['comment', commented],
      ['conflict', conflicted],
    ]);
    const doc = schema.nodeFromJSON(merged.file.doc);
    const unit = (id: string) => doc.content.content.find((u) => u.attrs['id'] === id);
    expect(unit(firstBody)?.child(1).textContent).toBe('The past year was truly remarkable.');
    // The paragraph was confirmed: the reviewer's English comes in as tracked changes by the reviewer, its status kept (review mode).
    expect(unit(firstBody)?.attrs['status']).toBe('translated');
    expect((unit(firstBody)?.attrs['review'] as { changes: Array<{ inserted: Array<{ data: { author: string } }> }> } | null)?.changes[0]?.inserted[0]?.data.author).toBe('Reviewer');
    expect(unit(firstBody)?.child(1).child(1).marks.map((m) => m.type.name)).toEqual(['em']);
    expect(unit(title)?.attrs['status']).toBe('reviewed');
    expect(englishOf(merged.file, conflicted)).toBe('The translator’s newer English.');
    const notes = merged.file.notes.map((n) => n.text);
    expect(notes).toEqual(expect.arrayContaining(['Say “district”, not “region”.', 'B. Reviewer: Is this the official name?', 'Reviewer: The reviewer’s version.']));
    // Untouched rows stay as they were, the bold word and its note included.
    expect(unit(salutation)?.eq(later.value.doc.child(4))).toBe(true);
    // Merging the same file again adds no second copy of the comments.
    const again = parseProjectFile(JSON.stringify(merged.file));
    if (!again.ok) throw new Error(again.error.code);
    expect(mergeReviewDocx(again.value, reviewed, { now: NOW, conflictNote: (english) => `Reviewer: ${english}`, reviewer: 'Reviewer' }).summary.comments).toBe(0);
  }, 60_000);

  it('merges a table that LibreOffice opened and saved again (another word processor) without inventing changes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'duizhao-review-'));
    const p = project();
    writeFileSync(join(dir, 'review.docx'), await exportReviewDocx(p, REVIEW_LABELS, 'a4', ''));
    execFileSync('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', join(dir, 'out'), join(dir, 'review.docx')], { stdio: 'ignore', timeout: 120_000 });
    const saved = new Uint8Array(readFileSync(join(dir, 'out', 'review.docx')));
    const table = readReviewDocx(saved);
    expect(table.ok && table.value.sourceSha256).toBe(p.file.source.sha256);
    expect(table.ok && table.value.rows.length).toBe(14);
    const merged = mergeReviewDocx(p, saved, { now: NOW, conflictNote: (e) => e , reviewer: 'Reviewer' });
    expect(merged.changes).toEqual([]);
  }, 150_000);

  it('refuses another document’s table, a changed Chinese, a file that is no review table, and bytes that are no docx, changing nothing', async () => {
    const p = project();
    const exported = await exportReviewDocx(p, REVIEW_LABELS, 'a4', '');
    const other = { ...p, file: { ...p.file, source: { ...p.file.source, sha256: 'e'.repeat(64), fileName: 'other.txt' } } };
    const code = (f: () => unknown): string => {
      try {
        f();
        return 'merged';
      } catch (error) {
        return (error as { code: string }).code;
      }
    };
    const options = { now: NOW, conflictNote: (e: string) => e, reviewer: 'Reviewer' };
    expect(code(() => mergeReviewDocx(other, exported, options))).toBe('review.otherSource');
    expect(code(() => mergeReviewDocx(p, revise(exported, (xml) => xml.replace('重庆市南岸区人民政府工作报告', '重庆市某区人民政府工作报告')), options))).toBe('review.sourceChanged');
    expect(code(() => mergeReviewDocx(p, revise(exported, (xml) => xml.replace(`>${idOf(p, 6)}</w:t>`, '>u999</w:t>')), options))).toBe('review.unknownUnit');
    const edition = await exportEditionDocx(p, [STARTER], DEFAULT_PRINT_OPTIONS, EN_PRINT_LABELS, '');
    expect(code(() => mergeReviewDocx(p, edition, options))).toBe('review.notReview');
    expect(code(() => mergeReviewDocx(p, new TextEncoder().encode('not a zip at all'), options))).toBe('review.notDocx');
    expect(code(() => mergeReviewDocx(p, zipSync({ 'word/document.xml': strToU8('<w:document><unclosed>') }), options))).toBe('xml.malformed');
  }, 60_000);
});
