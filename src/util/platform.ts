/**
 * The platform APIs the core uses that are neither ECMAScript nor typed in src/ (which has no DOM or
 * Node types): the WHATWG Encoding API, present in Node ≥ 18, Electron and every browser. Kept in
 * this one file so the rest of the core stays free of environment quirks.
 */

interface TextDecoderLike {
  decode(input?: Uint8Array): string;
}

type TextDecoderConstructor = new (label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean }) => TextDecoderLike;

const { TextDecoder: PlatformTextDecoder } = globalThis as unknown as { TextDecoder: TextDecoderConstructor };

/** A WHATWG TextDecoder; throws a RangeError for a label the platform does not know. */
export function createTextDecoder(label: string, options?: { fatal?: boolean; ignoreBOM?: boolean }): TextDecoderLike {
  return new PlatformTextDecoder(label, options);
}
