import { deflateSync } from 'node:zlib';
import { ParseSpeeds, PDFContext, PDFDict, PDFDocument, PDFHexString, PDFName, PDFObjectParser, PDFRef, PDFString } from 'pdf-lib';

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
 * Sets what Chromium's printer leaves out: author, subject, creator (and the title, language and
 * title bar preference where it left them out), and mends the outline's titles. The printed PDF's
 * objects (text, fonts, structure tree, outline) are kept as they are, and its many small dictionaries
 * (the structure tree of a tagged PDF: 20,000 for 2,000 paragraphs) are packed into compressed object
 * streams, which takes the 2,000-paragraph PDF from 7.5 to 4.5 MB.
 *
 * Chromium writes one classic cross-reference table: such a file is repacked as bytes (see
 * repackPdf), each object copied as it is but the few that change; anything else goes through pdf-lib,
 * which parses and writes every object (0.8–1.2 s of processor time for 2,000 paragraphs against 0.13–0.33 s).
 */
export async function setPdfMetadata(pdf: Uint8Array, meta: PdfMetadata): Promise<Uint8Array> {
  return repackPdf(pdf, meta) ?? rewritePdf(pdf, meta);
}

/** The metadata pass with pdf-lib: parses every object and writes the whole file anew. */
export async function rewritePdf(pdf: Uint8Array, meta: PdfMetadata): Promise<Uint8Array> {
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

/** Objects per compressed object stream: more compress a little better; readers load a whole stream to read one. */
const OBJECTS_PER_STREAM = 100;

const latin1 = (bytes: Uint8Array): string => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');

/**
 * The metadata pass without parsing the file: reads the cross-reference table, copies every stream
 * object as it is, parses only the catalog, the document information and the outline's entries to
 * change them, packs every other dictionary, array and number into compressed object streams, and
 * writes a cross-reference stream (PDF 1.5). Null, and the caller falls back to pdf-lib, for anything
 * but what Chromium writes: one classic cross-reference table, generation 0, no encryption, no
 * incremental updates, every object where the table says.
 */
export function repackPdf(pdf: Uint8Array, meta: PdfMetadata): Uint8Array | null {
  const text = latin1(pdf);
  const tail = text.slice(-1024);
  const startxref = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(tail);
  if (!startxref) return null;
  const xrefAt = Number(startxref[1]);
  if (!text.startsWith('xref', xrefAt)) return null;
  const trailerAt = text.indexOf('trailer', xrefAt);
  if (trailerAt < 0) return null;
  const trailer = text.slice(trailerAt, text.indexOf('startxref', trailerAt));
  if (/\/(Encrypt|Prev|XRefStm)\b/.test(trailer)) return null;
  const root = /\/Root\s+(\d+)\s+0\s+R/.exec(trailer);
  const info = /\/Info\s+(\d+)\s+0\s+R/.exec(trailer);
  if (!root) return null;

  // The table: subsections of "first count" and 20-byte entries "offset generation n|f".
  const offsets = new Map<number, number>();
  const table = text.slice(xrefAt + 4, trailerAt);
  const tokens = /(\d+)\s+(\d+)\s+([nf])\b|(\d+)\s+(\d+)(?=\s)/g;
  let next = 0;
  for (let m = tokens.exec(table); m; m = tokens.exec(table)) {
    if (m[3] === undefined) {
      next = Number(m[4]);
      continue;
    }
    if (m[3] === 'n') {
      if (Number(m[2]) !== 0) return null;
      offsets.set(next, Number(m[1]));
    }
    next++;
  }
  if (offsets.size === 0) return null;

  // Each object runs from its offset to the next object's (or the table): its header, body and endobj.
  const order = [...offsets].sort((a, b) => a[1] - b[1]);
  const bodies = new Map<number, { start: number; end: number; stream: boolean }>();
  for (let i = 0; i < order.length; i++) {
    const [num, start] = order[i] as [number, number];
    const limit = i + 1 < order.length ? (order[i + 1] as [number, number])[1] : xrefAt;
    const header = `${num} 0 obj`;
    if (!text.startsWith(header, start)) return null;
    const close = text.lastIndexOf('endobj', limit);
    if (close < start) return null;
    const bodyStart = start + header.length;
    const body = text.slice(Math.max(bodyStart, close - 32), close).trimEnd();
    bodies.set(num, { start: bodyStart, end: close, stream: body.endsWith('endstream') });
  }

  const bodyOf = (num: number): string | null => {
    const b = bodies.get(num);
    return b && !b.stream ? text.slice(b.start, b.end).trim() : null;
  };
  const context = PDFContext.create();
  const parse = (num: number): PDFDict | null => {
    const body = bodyOf(num);
    if (body === null) return null;
    try {
      const value = PDFObjectParser.forBytes(Buffer.from(body, 'latin1'), context).parseObject();
      return value instanceof PDFDict ? value : null;
    } catch {
      return null;
    }
  };
  const changed = new Map<number, string>();

  const catalog = parse(Number(root[1]));
  if (!catalog) return null;
  if (!catalog.has(PDFName.of('Lang'))) catalog.set(PDFName.of('Lang'), PDFString.of(meta.language));
  if (!catalog.has(PDFName.of('ViewerPreferences'))) catalog.set(PDFName.of('ViewerPreferences'), context.obj({ DisplayDocTitle: true }));
  changed.set(Number(root[1]), catalog.toString());

  // The document information: Chromium's producer and dates kept, the rest ours.
  const original = info ? parse(Number(info[1])) : null;
  const infoDict = context.obj({}) as PDFDict;
  for (const key of ['Producer', 'CreationDate', 'ModDate']) {
    const value = original?.get(PDFName.of(key));
    if (value) infoDict.set(PDFName.of(key), value);
  }
  infoDict.set(PDFName.of('Title'), PDFHexString.fromText(meta.title));
  if (meta.author) infoDict.set(PDFName.of('Author'), PDFHexString.fromText(meta.author));
  infoDict.set(PDFName.of('Subject'), PDFHexString.fromText(meta.subject));
  infoDict.set(PDFName.of('Creator'), PDFHexString.fromText('Duizhao'));
  let maxObject = 0;
  for (const num of offsets.keys()) maxObject = Math.max(maxObject, num);
  const infoNumber = info ? Number(info[1]) : maxObject + 1;
  changed.set(infoNumber, infoDict.toString());

  // The outline's entries, in document order, with the headings' own text (see mendOutline).
  const outlines = catalog.get(PDFName.of('Outlines'));
  if (outlines instanceof PDFRef) {
    let wanted = 0;
    const seen = new Set<number>();
    const visit = (ref: unknown): boolean => {
      for (let item = ref; item instanceof PDFRef; ) {
        const num = item.objectNumber;
        if (seen.has(num)) return false;
        seen.add(num);
        const node = parse(num);
        if (!node) return false;
        const raw = node.lookupMaybe(PDFName.of('Title'), PDFString, PDFHexString);
        const title = raw?.decodeText() ?? '';
        const at = meta.headings.slice(wanted).findIndex((h) => squash(h) === squash(title));
        if (raw && at >= 0) {
          wanted += at + 1;
          node.set(PDFName.of('Title'), PDFHexString.fromText(meta.headings[wanted - 1] as string));
          changed.set(num, node.toString());
        }
        if (!visit(node.get(PDFName.of('First')))) return false;
        item = node.get(PDFName.of('Next'));
      }
      return true;
    };
    const top = parse(outlines.objectNumber);
    if (!top || !visit(top.get(PDFName.of('First')))) return null;
  }

  // Write: streams as they are, the rest in object streams, then the cross-reference stream.
  const chunks: Uint8Array[] = [];
  let length = 0;
  const put = (bytes: Uint8Array | string): void => {
    const b = typeof bytes === 'string' ? Buffer.from(bytes, 'latin1') : bytes;
    chunks.push(b);
    length += b.length;
  };
  put('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n');
  const plain = new Map<number, number>();
  const packed = new Map<number, [number, number]>();
  const loose: Array<[number, string]> = [];
  for (const [num] of order) {
    const b = bodies.get(num) as { start: number; end: number; stream: boolean };
    if (b.stream && !changed.has(num)) {
      plain.set(num, length);
      put(`${num} 0 obj`);
      put(pdf.subarray(b.start, b.end));
      put('endobj\n');
    } else loose.push([num, changed.get(num) ?? text.slice(b.start, b.end).trim()]);
  }
  if (!offsets.has(infoNumber)) loose.push([infoNumber, changed.get(infoNumber) as string]);
  let objectNumber = Math.max(maxObject, infoNumber) + 1;
  for (let i = 0; i < loose.length; i += OBJECTS_PER_STREAM) {
    const group = loose.slice(i, i + OBJECTS_PER_STREAM);
    const stream = objectNumber++;
    let index = '';
    let content = '';
    group.forEach(([num, body], k) => {
      index += `${num} ${content.length} `;
      content += `${body}\n`;
      packed.set(num, [stream, k]);
    });
    const data = deflateSync(Buffer.from(index + content, 'latin1'));
    plain.set(stream, length);
    put(`${stream} 0 obj\n<</Type /ObjStm /N ${group.length} /First ${Buffer.byteLength(index, 'latin1')} /Filter /FlateDecode /Length ${data.length}>>\nstream\n`);
    put(data);
    put('\nendstream\nendobj\n');
  }
  const xref = objectNumber++;
  plain.set(xref, length);
  const size = objectNumber;
  const entries = Buffer.alloc(size * 7);
  for (let num = 0; num < size; num++) {
    const at = num * 7;
    const direct = plain.get(num);
    const inStream = packed.get(num);
    if (direct !== undefined) {
      entries[at] = 1;
      entries.writeUInt32BE(direct, at + 1);
    } else if (inStream) {
      entries[at] = 2;
      entries.writeUInt32BE(inStream[0], at + 1);
      entries.writeUInt16BE(inStream[1], at + 5);
    } else if (num === 0) entries.writeUInt16BE(65535, at + 5);
  }
  const xrefData = deflateSync(entries);
  put(`${xref} 0 obj\n<</Type /XRef /Size ${size} /W [1 4 2] /Root ${root[1]} 0 R /Info ${infoNumber} 0 R /Filter /FlateDecode /Length ${xrefData.length}>>\nstream\n`);
  put(xrefData);
  put(`\nendstream\nendobj\nstartxref\n${plain.get(xref)}\n%%EOF\n`);
  if (length > 0xffffffff) return null;
  return new Uint8Array(Buffer.concat(chunks, length));
}
