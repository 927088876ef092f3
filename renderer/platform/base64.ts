import type { Base64 } from '../../src/api/wireJson.js';

/** The native base64 of typed arrays (Chromium 140, Firefox 133, Safari 18.2), declared here as optional. */
interface NativeBase64 {
  fromBase64?: (text: string) => Uint8Array;
}
type BytesWithBase64 = Uint8Array & { toBase64?: () => string };

/** Characters per String.fromCharCode call: under every engine's argument limit. */
const CHUNK = 0x8000;

/**
 * The browser's base64 for the web transport: Uint8Array.fromBase64 / toBase64 where the browser
 * has them (Electron's Chromium and current browsers), else atob / btoa over binary strings.
 */
export const browserBase64: Base64 = {
  encode(bytes) {
    const native = (bytes as BytesWithBase64).toBase64;
    if (native) return native.call(bytes);
    let binary = '';
    for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
    return btoa(binary);
  },
  decode(text) {
    const native = (Uint8Array as unknown as NativeBase64).fromBase64;
    if (native) return native(text);
    const binary = atob(text);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  },
};
