import { ParseSpeeds, PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib';

export interface PdfMetadata {
  readonly title: string;
  readonly author: string;
  readonly subject: string;
  /** The document's main language (BCP 47), for the catalog's /Lang. */
  readonly language: string;
  /** The headings in document order, to mend the outline's titles. */
  readonly headings: readonly string[];
}

const squash = (s: string): string => s.replace(/\s+/g, '');

/**
 * Chromium titles an outline entry with its heading's line boxes joined without a separator, so a
 * heading that wraps loses its spaces ("Reporton theWork"). Each entry, in document order, gets the
 * heading's own text back when the two agree once whitespace is ignored; anything else is left alone.
 */
function mendOutline(doc: PDFDocument, headings: readonly string[]): void {
  const outlines = doc.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict);
  if (!outlines) return;
  let next = 0;
  const visit = (item: PDFDict | undefined): void => {
    for (let node = item; node; node = node.lookupMaybe(PDFName.of('Next'), PDFDict)) {
      const raw = node.lookupMaybe(PDFName.of('Title'), PDFString, PDFHexString);
      const title = raw?.decodeText() ?? '';
      const wanted = headings.slice(next).findIndex((h) => squash(h) === squash(title));
      if (wanted >= 0) {
        next += wanted + 1;
        node.set(PDFName.of('Title'), PDFHexString.fromText(headings[next - 1] as string));
      }
      visit(node.lookupMaybe(PDFName.of('First'), PDFDict));
    }
  };
  visit(outlines.lookupMaybe(PDFName.of('First'), PDFDict));
}

/**
 * Sets what Chromium's printer leaves out: author, subject, creator and the document language.
 * The printed PDF's objects (text, fonts, structure tree, outline) are kept as they are.
 */
export async function setPdfMetadata(pdf: Uint8Array, meta: PdfMetadata): Promise<Uint8Array> {
  // pdf-lib yields to the event loop every 100 objects it parses and every 50 it writes by default: a
  // 400-page tagged PDF has 30,000, and each yield costs a timer tick (more on a loaded machine). A
  // yield every 1,500 keeps the process responsive (tens of milliseconds between) at a fraction of the wait.
  const doc = await PDFDocument.load(pdf, { updateMetadata: false, parseSpeed: ParseSpeeds.Fast });
  doc.setTitle(meta.title, { showInWindowTitleBar: true });
  if (meta.author) doc.setAuthor(meta.author);
  doc.setSubject(meta.subject);
  doc.setCreator('Duizhao');
  doc.setLanguage(meta.language);
  mendOutline(doc, meta.headings);
  // Object streams compress the many small dictionaries of the structure tree (tagging) several times over.
  return doc.save({ useObjectStreams: true, addDefaultPage: false, updateFieldAppearances: false, objectsPerTick: ParseSpeeds.Fast });
}
