import { SaxesParser } from 'saxes';
import { fail, ok, type Problem, type Result } from '../util/result.js';
import { createTextDecoder } from '../util/platform.js';

/** An element of a parsed XML document: local name, attributes by qualified name, children, and its line. */
export interface XmlElement {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: ReadonlyArray<XmlElement | string>;
  readonly line: number;
}

export type XmlProblemCode = 'xml.malformed' | 'xml.tooDeep' | 'xml.tooLarge' | 'xml.encoding' | 'xml.empty';

/** Limits that keep a hostile file from exhausting memory or the stack. */
export const XML_LIMITS = { maxDepth: 200, maxElements: 5_000_000 } as const;

/**
 * Decodes XML bytes: a BOM decides (UTF-8, UTF-16 LE/BE), then the encoding named in the XML
 * declaration, else UTF-8. Invalid bytes are an error, never replacement characters.
 */
export function decodeXml(bytes: Uint8Array): Result<string, Problem<XmlProblemCode>> {
  const tryDecode = (label: string, data: Uint8Array): string | null => {
    try {
      return createTextDecoder(label, { fatal: true, ignoreBOM: true }).decode(data);
    } catch {
      return null;
    }
  };
  let label = 'utf-8';
  let body = bytes;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) body = bytes.subarray(3);
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) [label, body] = ['utf-16le', bytes.subarray(2)];
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) [label, body] = ['utf-16be', bytes.subarray(2)];
  else if (bytes[0] === 0x3c && bytes[1] === 0x00) label = 'utf-16le';
  else if (bytes[0] === 0x00 && bytes[1] === 0x3c) label = 'utf-16be';
  else {
    const head = tryDecode('latin1', bytes.subarray(0, 200)) ?? '';
    const declared = /^<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(head)?.[1]?.toLowerCase();
    if (declared && !/^utf-?8$/.test(declared) && !/^utf-?16/.test(declared)) label = declared;
  }
  const text = tryDecode(label, body);
  if (text === null) return fail('xml.encoding', { encoding: label });
  return ok(text);
}

/**
 * Parses XML text into a light element tree with saxes, a strict, non-validating parser: no DTD is
 * read and no entity beyond the five predefined ones and character references is expanded, so
 * billion-laughs and external-entity (XXE) files are refused as malformed, never expanded or fetched.
 * Errors carry the line and column.
 */
export function parseXml(text: string, limits = XML_LIMITS): Result<XmlElement, Problem<XmlProblemCode>> {
  if (!text.trim()) return fail('xml.empty');
  const parser = new SaxesParser({ position: true });
  type Open = { name: string; attrs: Record<string, string>; children: Array<XmlElement | string>; line: number };
  const stack: Open[] = [];
  let root: XmlElement | null = null;
  let count = 0;
  let limit: Problem<XmlProblemCode> | null = null;
  parser.on('opentag', (tag) => {
    if (limit) return;
    count++;
    if (stack.length >= limits.maxDepth) limit = { code: 'xml.tooDeep', params: { limit: limits.maxDepth, line: parser.line } };
    else if (count > limits.maxElements) limit = { code: 'xml.tooLarge', params: { limit: limits.maxElements, line: parser.line } };
    const attrs: Record<string, string> = Object.create(null) as Record<string, string>;
    for (const [key, value] of Object.entries(tag.attributes)) attrs[key] = typeof value === 'string' ? value : value.value;
    const local = tag.name.includes(':') ? (tag.name.split(':').pop() as string) : tag.name;
    stack.push({ name: local, attrs, children: [], line: parser.line });
  });
  parser.on('text', (t) => stack[stack.length - 1]?.children.push(t));
  parser.on('cdata', (t) => stack[stack.length - 1]?.children.push(t));
  parser.on('closetag', () => {
    const done = stack.pop();
    if (!done) return;
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(done);
    else root = done;
  });
  try {
    // Feed in slices so a limit stops a huge file early instead of after the whole parse.
    for (let i = 0; i < text.length && !limit; i += 1 << 20) parser.write(text.slice(i, i + (1 << 20)));
    if (limit) return { ok: false, error: limit };
    parser.close();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const at = /^(?:[^:]*:)?(\d+):(\d+): (.*)$/s.exec(message);
    return fail('xml.malformed', at ? { line: Number(at[1]), column: Number(at[2]), detail: at[3] ?? message } : { detail: message });
  }
  if (limit) return { ok: false, error: limit };
  return root ? ok(root) : fail('xml.empty');
}

/** The child elements of an element with a given local name. */
export function childrenNamed(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((c): c is XmlElement => typeof c !== 'string' && c.name === name);
}

/** The text content of an element, all descendants included, with whitespace runs collapsed. */
export function textOf(element: XmlElement): string {
  const parts: string[] = [];
  const walk = (e: XmlElement): void => {
    for (const c of e.children) {
      if (typeof c === 'string') parts.push(c);
      else walk(c);
    }
  };
  walk(element);
  return parts.join('').replace(/\s+/g, ' ').trim();
}
