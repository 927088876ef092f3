import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFString, StandardFonts, type PDFRef } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { repackPdf, setPdfMetadata, type PdfMetadata } from './pdfMetadata.js';

const META: PdfMetadata = {
  title: 'Report on the Work',
  author: 'A. Translator 译者',
  subject: 'Chinese / English: report.txt',
  language: 'en',
  headings: ['Report on the Work', 'I. Review of Our Work', 'II. Tasks'],
};

/**
 * A PDF as Chromium writes one: a classic cross-reference table, no object streams, a title and
 * creator in the document information, two pages of text and an outline whose first entry lost its
 * spaces where the heading wrapped ("Reporton theWork").
 */
async function printedLikeChromium(): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (const text of ['First page text', 'Second page text']) doc.addPage([595, 842]).drawText(text, { x: 50, y: 700, font, size: 12 });
  doc.setTitle('From the title element');
  doc.setCreator('HeadlessChrome');
  doc.setProducer('Skia/PDF');
  const { context } = doc;
  const root = context.nextRef();
  const titles = ['Reporton theWork', 'I. Review of Our Work', 'II. Tasks'];
  const refs = titles.map(() => context.nextRef());
  const [first, , last] = refs as [PDFRef, PDFRef, PDFRef];
  titles.forEach((title, i) => {
    const item: Record<string, unknown> = { Title: PDFString.of(title), Parent: root, Dest: [doc.getPage(i === 0 ? 0 : 1).ref, 'XYZ', 0, 800, 0] };
    if (i > 0) item['Prev'] = refs[i - 1];
    if (i + 1 < titles.length) item['Next'] = refs[i + 1];
    context.assign(refs[i] as PDFRef, context.obj(item as never));
  });
  context.assign(root, context.obj({ Type: 'Outlines', First: first, Last: last, Count: titles.length }));
  doc.catalog.set(PDFName.of('Outlines'), root);
  return doc.save({ useObjectStreams: false, addDefaultPage: false });
}

async function pdfjs(pdf: Uint8Array): Promise<{ pages: string[]; outline: string[]; info: Record<string, unknown> }> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await getDocument({ data: pdf.slice(), useSystemFonts: false, verbosity: 0 }).promise;
  const pages: string[] = [];
  for (let p = 1; p <= doc.numPages; p++) {
    pages.push((await (await doc.getPage(p)).getTextContent()).items.map((i) => ('str' in i ? i.str : '')).join(''));
  }
  const outline = ((await doc.getOutline()) ?? []).map((i) => i.title);
  const info = (await doc.getMetadata()).info as Record<string, unknown>;
  await doc.destroy();
  return { pages, outline, info };
}

describe('PDF metadata pass', () => {
  it('repacks a printed PDF: metadata and language set, outline titles mended, pages and text kept, objects packed in compressed streams', async () => {
    const printed = await printedLikeChromium();
    const repacked = repackPdf(printed, META);
    expect(repacked).not.toBeNull();
    const out = repacked as Uint8Array;
    expect(Buffer.from(out.subarray(0, 8)).toString('latin1')).toBe('%PDF-1.7');
    expect(Buffer.from(out).toString('latin1')).toContain('/Type /ObjStm');

    const { pages, outline, info } = await pdfjs(out);
    expect(pages).toEqual(['First page text', 'Second page text']);
    expect(outline).toEqual(META.headings);
    expect(info).toMatchObject({ Title: META.title, Author: META.author, Subject: META.subject, Creator: 'Duizhao', Producer: 'Skia/PDF' });

    const doc = await PDFDocument.load(out, { updateMetadata: false });
    expect(doc.getPageCount()).toBe(2);
    expect(doc.catalog.lookup(PDFName.of('Lang'), PDFString, PDFHexString).decodeText()).toBe('en');
    expect(doc.catalog.lookup(PDFName.of('ViewerPreferences'), PDFDict).get(PDFName.of('DisplayDocTitle'))?.toString()).toBe('true');
  });

  it('leaves a language and title bar preference the printer set, and an author-less edition without an author', async () => {
    const printed = await PDFDocument.load(await printedLikeChromium(), { updateMetadata: false });
    printed.setLanguage('zh-CN');
    const out = repackPdf(await printed.save({ useObjectStreams: false, addDefaultPage: false }), { ...META, author: '' });
    const doc = await PDFDocument.load(out as Uint8Array, { updateMetadata: false });
    expect(doc.catalog.lookup(PDFName.of('Lang'), PDFString, PDFHexString).decodeText()).toBe('zh-CN');
    expect(doc.getAuthor()).toBeUndefined();
    expect(doc.getTitle()).toBe(META.title);
  });

  it('hands anything but a classic cross-reference table to pdf-lib, which sets the same metadata', async () => {
    const printed = await PDFDocument.load(await printedLikeChromium(), { updateMetadata: false });
    const streamed = await printed.save({ useObjectStreams: true, addDefaultPage: false });
    expect(repackPdf(streamed, META)).toBeNull();
    const { outline, info } = await pdfjs(await setPdfMetadata(streamed, META));
    expect(outline).toEqual(META.headings);
    expect(info).toMatchObject({ Title: META.title, Author: META.author, Creator: 'Duizhao' });
  });

  it('refuses a damaged file rather than write a broken one', async () => {
    const printed = await printedLikeChromium();
    expect(repackPdf(printed.subarray(0, printed.length - 40), META)).toBeNull();
    const moved = Buffer.from(printed);
    const at = moved.indexOf('3 0 obj');
    moved.write('9', at);
    expect(repackPdf(new Uint8Array(moved), META)).toBeNull();
  });
});
