import { describe, expect, it } from 'vitest';
import { isBase64, parseWire, stringifyWire, type Base64 } from './wireJson.js';

/** Node's base64, as the web server passes it in. */
const base64: Base64 = { encode: (b) => Buffer.from(b).toString('base64'), decode: (t) => new Uint8Array(Buffer.from(t, 'base64')) };

describe('wire JSON', () => {
  it('takes only standard, padded base64 as bytes', () => {
    for (const text of ['', 'AA==', 'AAE=', 'AAEC', 'q83v+/==']) expect(isBase64(text), text).toBe(true);
    for (const text of ['abc', 'ab$=', 'A===', 'AA=A', 'AA AA==', '-_8=', 'AAEC\n']) expect(isBase64(text), text).toBe(false);
  });

  it('round-trips bytes inside messages and leaves look-alikes alone', () => {
    const message = { fileName: 'r.txt', data: new Uint8Array([0xef, 0xbb, 0xbf, 0x41]), empty: new Uint8Array(0), nested: { $bytes: 'not!base64' }, two: { $bytes: 'AA==', x: 1 } };
    const text = stringifyWire(message, base64);
    expect(text).toContain('{"$bytes":"77u/QQ=="}');
    const back = parseWire(text, base64) as typeof message;
    expect(back.data).toEqual(message.data);
    expect(back.empty).toEqual(new Uint8Array(0));
    expect(back.nested).toEqual({ $bytes: 'not!base64' });
    expect(back.two).toEqual({ $bytes: 'AA==', x: 1 });
    expect(parseWire('{"a":[1,"两个确立"]}', base64)).toEqual({ a: [1, '两个确立'] });
    expect(() => parseWire('{', base64)).toThrow(SyntaxError);
  });
});
