import { readFileSync } from 'node:fs';
import { brotliCompressSync, brotliDecompressSync, constants } from 'node:zlib';
import type { BlockReader } from '../../src/dictionary/dictionary.js';
import { DICTIONARY_MAGIC, type BlockRef, type DictionaryHeader, type PackedBlocks } from '../../src/dictionary/dictionaryFormat.js';
import { AppError } from './appError.js';

/**
 * The packed dictionary file: `DZDICT01`, the header's length (uint32, little-endian), the header
 * as UTF-8 JSON, then each block compressed with Brotli. A block is read and decompressed only when
 * a lookup needs it, so opening the file costs one read and a JSON parse.
 */
export function writeDictionaryFile(packed: PackedBlocks, packageName: string): Buffer {
  const parts: Buffer[] = [];
  let offset = 0;
  const place = (blocks: PackedBlocks['blocks']): BlockRef[] =>
    blocks.map((b) => {
      const data = brotliCompressSync(Buffer.from(b.text, 'utf8'), {
        params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_LGWIN]: 22, [constants.BROTLI_PARAM_SIZE_HINT]: Buffer.byteLength(b.text) },
      });
      parts.push(data);
      const ref = { first: b.first, offset, length: data.length, count: b.count };
      offset += data.length;
      return ref;
    });
  const blocks = place(packed.blocks);
  const header: DictionaryHeader = {
    format: 'duizhao-dictionary',
    version: 1,
    source: { ...packed.source, package: packageName },
    maxLength: packed.maxLength,
    traditionalChars: packed.traditionalChars,
    blocks,
  };
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32LE(json.length);
  return Buffer.concat([Buffer.from(DICTIONARY_MAGIC, 'ascii'), length, json, ...parts]);
}

/** Reads a packed dictionary from its bytes; a file that is not one is refused with `dictionary.damaged`. */
export function readDictionaryBytes(bytes: Buffer, path: string): BlockReader {
  const damaged = (): never => {
    throw new AppError('dictionary.damaged', { path });
  };
  if (bytes.length < 12 || bytes.toString('ascii', 0, 8) !== DICTIONARY_MAGIC) damaged();
  const headerLength = bytes.readUInt32LE(8);
  if (12 + headerLength > bytes.length) damaged();
  let header: DictionaryHeader;
  try {
    header = JSON.parse(bytes.toString('utf8', 12, 12 + headerLength)) as DictionaryHeader;
  } catch {
    return damaged();
  }
  if (header.format !== 'duizhao-dictionary' || header.version !== 1 || !Array.isArray(header.blocks) || typeof header.traditionalChars !== 'object') damaged();
  const base = 12 + headerLength;
  return {
    header,
    read(index) {
      const ref = header.blocks[index];
      if (!ref || base + ref.offset + ref.length > bytes.length) return damaged();
      try {
        return brotliDecompressSync(bytes.subarray(base + ref.offset, base + ref.offset + ref.length)).toString('utf8');
      } catch {
        return damaged();
      }
    },
  };
}

/** Reads the packed dictionary at `path` (one read; blocks are decompressed later, when used). */
export function readDictionaryFile(path: string): BlockReader {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    throw new AppError('dictionary.missing', { path });
  }
  return readDictionaryBytes(bytes, path);
}
