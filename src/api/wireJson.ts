/**
 * JSON for the web transport, which cannot carry bytes: a Uint8Array travels as `{"$bytes": base64}`.
 * IPC carries Uint8Array natively and does not use this.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const LOOKUP = new Map([...ALPHABET].map((c, i) => [c, i]));

/** Encodes bytes as standard base64 with padding. */
export function toBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] as number;
    const b = bytes[i + 1];
    const c = bytes[i + 2];
    const n = (a << 16) | ((b ?? 0) << 8) | (c ?? 0);
    parts.push(
      (ALPHABET[(n >> 18) & 63] as string) +
        (ALPHABET[(n >> 12) & 63] as string) +
        (b === undefined ? '=' : (ALPHABET[(n >> 6) & 63] as string)) +
        (c === undefined ? '=' : (ALPHABET[n & 63] as string)),
    );
  }
  return parts.join('');
}

/** Decodes standard base64; returns null for text that is not base64. */
export function fromBase64(text: string): Uint8Array | null {
  if (text.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(text)) return null;
  const pad = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  const out = new Uint8Array((text.length / 4) * 3 - pad);
  let o = 0;
  for (let i = 0; i < text.length; i += 4) {
    const n =
      ((LOOKUP.get(text[i] as string) ?? 0) << 18) |
      ((LOOKUP.get(text[i + 1] as string) ?? 0) << 12) |
      ((LOOKUP.get(text[i + 2] as string) ?? 0) << 6) |
      (LOOKUP.get(text[i + 3] as string) ?? 0);
    if (o < out.length) out[o++] = (n >> 16) & 255;
    if (o < out.length) out[o++] = (n >> 8) & 255;
    if (o < out.length) out[o++] = n & 255;
  }
  return out;
}

/** JSON.stringify that writes every Uint8Array as `{"$bytes": base64}`. */
export function stringifyWire(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => (v instanceof Uint8Array ? { $bytes: toBase64(v) } : v));
}

/** JSON.parse that turns `{"$bytes": base64}` back into a Uint8Array; throws SyntaxError on bad JSON. */
export function parseWire(text: string): unknown {
  // A reviver visits every value; most messages (a whole project, say) carry no bytes and skip it.
  if (!text.includes('"$bytes"')) return JSON.parse(text);
  return JSON.parse(text, (_key, v: unknown) => {
    if (typeof v === 'object' && v !== null && !Array.isArray(v)) {
      const keys = Object.keys(v);
      const b64 = (v as { $bytes?: unknown }).$bytes;
      if (keys.length === 1 && typeof b64 === 'string') return fromBase64(b64) ?? v;
    }
    return v;
  });
}
