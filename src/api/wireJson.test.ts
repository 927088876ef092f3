import { describe, expect, it } from 'vitest';
import { fromBase64, parseWire, stringifyWire, toBase64 } from './wireJson.js';

describe('wire JSON', () => {
  it('encodes base64 like the platform does, for every padding length', () => {
    for (const bytes of [[], [0], [0, 255], [1, 2, 3], [0xe4, 0xb8, 0xad, 0xe6], Array.from({ length: 300 }, (_, i) => i % 256)]) {
      const data = new Uint8Array(bytes);
      expect(toBase64(data)).toBe(Buffer.from(data).toString('base64'));
      expect(fromBase64(toBase64(data))).toEqual(data);
    }
    expect(fromBase64('abc')).toBeNull();
    expect(fromBase64('ab$=')).toBeNull();
  });

  it('round-trips bytes inside messages and leaves look-alikes alone', () => {
    const message = { fileName: 'r.txt', data: new Uint8Array([0xef, 0xbb, 0xbf, 0x41]), nested: { $bytes: 'not!base64' } };
    const back = parseWire(stringifyWire(message)) as typeof message;
    expect(back.data).toEqual(message.data);
    expect(back.nested).toEqual({ $bytes: 'not!base64' });
    expect(parseWire('{"a":[1,"两个确立"]}')).toEqual({ a: [1, '两个确立'] });
    expect(() => parseWire('{')).toThrow(SyntaxError);
  });
});
