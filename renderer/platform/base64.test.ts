import { describe, expect, it } from 'vitest';
import { browserBase64 } from './base64.js';

describe("the renderer's base64", () => {
  it('encodes and decodes like Node for every padding length and across chunks', () => {
    const large = Uint8Array.from({ length: 0x8000 * 2 + 7 }, (_, i) => (i * 7919) % 256);
    for (const bytes of [[], [0], [0, 255], [1, 2, 3], [0xe4, 0xb8, 0xad, 0xe6], Array.from({ length: 300 }, (_, i) => i % 256), [...large]]) {
      const data = new Uint8Array(bytes);
      const text = browserBase64.encode(data);
      expect(text).toBe(Buffer.from(data).toString('base64'));
      expect(Buffer.from(browserBase64.decode(text)).equals(Buffer.from(data))).toBe(true);
    }
  });

  it('encodes a view by its own bytes, not its whole buffer', () => {
    const whole = new Uint8Array([9, 1, 2, 3, 9]);
    expect(browserBase64.encode(whole.subarray(1, 4))).toBe(Buffer.from([1, 2, 3]).toString('base64'));
  });
});
