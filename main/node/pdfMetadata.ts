import { PDFDocument } from 'pdf-lib';

export interface PdfMetadata {
  readonly title: string;
  readonly author: string;
  readonly subject: string;
  /** The document's main language (BCP 47), for the catalog's /Lang. */
  readonly language: string;
}

/**
 * Sets what Chromium's printer leaves out: author, subject, creator and the document language.
 * The printed PDF's objects (text, fonts, structure tree, outline) are kept as they are.
 */
export async function setPdfMetadata(pdf: Uint8Array, meta: PdfMetadata): Promise<Uint8Array> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  doc.setTitle(meta.title, { showInWindowTitleBar: true });
  if (meta.author) doc.setAuthor(meta.author);
  doc.setSubject(meta.subject);
  doc.setCreator('Duizhao');
  doc.setLanguage(meta.language);
  return doc.save({ useObjectStreams: false, addDefaultPage: false, updateFieldAppearances: false });
}
