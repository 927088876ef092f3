import { createProjectFile, type ProjectFile } from '../src/document/projectFile.js';
import { unitAttrs } from '../src/document/unitAttrs.js';
import { importReport } from '../src/import/importReport.js';
import { gr2021Pairs } from './corpus.js';

/** English characters per Chinese character in official translations (measured on GR2021's pairs: about 3). */
const ENGLISH_PER_CHINESE = 3;

/**
 * A project whose every included paragraph has real English of a realistic length: sentences of the
 * 2021 national report's official English, taken in turn until the English is about three times the
 * Chinese (so columns fill as a real translation's would). Headings get one shortened sentence.
 */
export function translateWithRealEnglish(file: ProjectFile): ProjectFile {
  const english = gr2021Pairs()
    .map(([, en]) => en)
    .filter((en) => en.length > 20);
  let next = 0;
  const take = (): string => english[next++ % english.length] as string;
  const json = structuredClone(file.doc) as { content: Array<{ attrs: Record<string, unknown>; content: Array<{ type: string; content?: Array<{ type?: string; text?: string }> }> }> };
  for (const unit of json.content) {
    const attrs = unitAttrs(unit);
    const chinese = (unit.content[0]?.content ?? []).map((t) => t.text ?? '').join('');
    if (attrs.excluded || !chinese.trim()) continue;
    let text: string;
    if (attrs.kind === 'paragraph' || attrs.kind === 'salutation' || attrs.runIn !== null) {
      text = take();
      while (text.length < chinese.replace(/\s/g, '').length * ENGLISH_PER_CHINESE) text += ` ${take()}`;
    } else {
      text = take().split(/[,;:]/)[0]?.slice(0, Math.max(12, chinese.length * ENGLISH_PER_CHINESE)) ?? 'Heading';
    }
    unit.attrs['status'] = 'translated';
    unit.content[1] = { type: 'target', content: [{ type: 'text', text }] };
  }
  return { ...file, doc: json as unknown as Record<string, unknown> };
}

/** A report from the fixtures, imported and translated with real English (see `translateWithRealEnglish`). */
export function translatedReport(fileName: string, bytes: Uint8Array, glossaries: string[] = []): ProjectFile {
  const imported = importReport(fileName, bytes);
  if (!imported.ok) throw new Error(`${fileName}: ${imported.error.code}`);
  const file = createProjectFile(
    imported.value.doc,
    { fileName, sha256: 'd'.repeat(64), encoding: imported.value.encoding, format: imported.value.format, importedAt: '2026-11-26T10:00:00.000Z' },
    '2026-11-26T10:00:00.000Z',
    glossaries,
  );
  return translateWithRealEnglish(file);
}
