/**
 * JSON for the web transport, which cannot carry bytes: a Uint8Array travels as `{"$bytes": base64}`.
 * IPC carries Uint8Array natively and does not use this.
 */

/**
 * Standard base64 (with padding) as the platform does it, passed in by each side: Buffer in Node
 * (main/node/webServer.ts), the browser's own in the renderer (renderer/platform/base64.ts).
 */
export interface Base64 {
  encode(bytes: Uint8Array): string;
  /** Decodes text that `isBase64` accepted. */
  decode(text: string): Uint8Array;
}

/** True for standard base64 with padding: what both sides accept as bytes, however lenient their decoder. */
export function isBase64(text: string): boolean {
  return text.length % 4 === 0 && /^[A-Za-z0-9+/]*={0,2}$/.test(text);
}

/** JSON.stringify that writes every Uint8Array as `{"$bytes": base64}`. */
export function stringifyWire(value: unknown, base64: Base64): string {
  return JSON.stringify(value, (_key, v: unknown) => (v instanceof Uint8Array ? { $bytes: base64.encode(v) } : v));
}

/** JSON.parse that turns `{"$bytes": base64}` back into a Uint8Array; throws SyntaxError on bad JSON. */
export function parseWire(text: string, base64: Base64): unknown {
  // A reviver visits every value; most messages (a whole project, say) carry no bytes and skip it.
  if (!text.includes('"$bytes"')) return JSON.parse(text);
  return JSON.parse(text, (_key, v: unknown) => {
    if (typeof v === 'object' && v !== null && !Array.isArray(v)) {
      const keys = Object.keys(v);
      const b64 = (v as { $bytes?: unknown }).$bytes;
      if (keys.length === 1 && typeof b64 === 'string' && isBase64(b64)) return base64.decode(b64);
    }
    return v;
  });
}
