import { describe, expect, it } from 'vitest';
import { fixtureBytes, SAMPLE } from '../../test/corpus.js';
import { decodeText } from './decodeText.js';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('decodeText', () => {
  const sample = new TextDecoder().decode(fixtureBytes(SAMPLE));

  it.each([
    ['reports/nanan_district_2024_gov_work_report_zh.txt', 'utf-8'],
    ['reports/nanan_utf8_bom.txt', 'utf-8-bom'],
    ['reports/nanan_utf16le_bom.txt', 'utf-16le'],
    ['reports/nanan_utf16be_bom.txt', 'utf-16be'],
    ['reports/nanan_gb18030.txt', 'gb18030'],
  ])('decodes %s as %s to the same text', (name, encoding) => {
    const result = decodeText(fixtureBytes(name));
    expect(result).toEqual({ ok: true, value: { text: sample, encoding } });
  });

  it('refuses a PNG, naming the format', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    expect(decodeText(png)).toEqual({ ok: false, error: { code: 'import.binary', params: { format: 'PNG' } } });
  });

  it('refuses empty and whitespace-only files', () => {
    expect(decodeText(new Uint8Array())).toMatchObject({ ok: false, error: { code: 'import.empty' } });
    expect(decodeText(utf8(' \n\u3000\r\n'))).toMatchObject({ ok: false, error: { code: 'import.empty' } });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf]))).toMatchObject({ ok: false, error: { code: 'import.empty' } });
  });

  it('refuses NUL bytes, and recognises UTF-16 that lost its BOM', () => {
    expect(decodeText(new Uint8Array([0x61, 0x00, 0x62, 0x63, 0x64, 0x65, 0x66]))).toMatchObject({
      error: { code: 'import.binary', params: { format: 'NUL' } },
    });
    const noBom = fixtureBytes('reports/nanan_utf16le_bom.txt').subarray(2);
    expect(decodeText(noBom)).toMatchObject({ ok: false, error: { code: 'import.utf16WithoutBom' } });
  });

  it('refuses bytes valid in neither UTF-8 nor GB18030', () => {
    expect(decodeText(new Uint8Array([0xe4, 0xb8, 0xad, 0xff, 0xff, 0x80]))).toMatchObject({ ok: false, error: { code: 'import.undecodable' } });
  });

  it('refuses UTF-16 with a lone surrogate or an odd length, and truncated UTF-8 after a BOM', () => {
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x2d, 0x4e, 0x00, 0xd8, 0x41, 0x00]))).toMatchObject({ error: { code: 'import.invalidUtf16' } });
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x2d, 0x4e, 0x41]))).toMatchObject({ error: { code: 'import.invalidUtf16' } });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0xe4, 0xb8]))).toMatchObject({ error: { code: 'import.invalidUtf8' } });
  });

  it('refuses text full of control characters', () => {
    const bytes = new Uint8Array(400).map((_, i) => (i % 3 === 0 ? 0x01 : 0x41));
    expect(decodeText(bytes)).toMatchObject({ ok: false, error: { code: 'import.binary', params: { format: 'control' } } });
  });

  it('prefers GB18030 when an HTML page declares it, and still reads valid UTF-8', () => {
    const gb = fixtureBytes('reports/nanan_gb18030.txt');
    expect(decodeText(gb, 'gb18030')).toMatchObject({ ok: true, value: { encoding: 'gb18030' } });
    expect(decodeText(utf8('中文'), 'utf-8')).toEqual({ ok: true, value: { text: '中文', encoding: 'utf-8' } });
  });
});
