import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureBytes, SAMPLE } from '../../test/corpus.js';
import { parseProjectFile, serializeProjectFile, createProjectFile } from '../../src/document/projectFile.js';
import { readGlossaryCsv, writeGlossaryCsv } from '../../src/glossary/csv.js';
import { importGlossary } from '../../src/glossary/importGlossary.js';
import { importReport } from '../../src/import/importReport.js';
import { readMemoryImport } from '../../src/tm/importMemory.js';
import { readXliff } from '../../src/tm/xliff.js';
import { runCli } from '../cli/index.js';

/**
 * The hostile corpus: broken and malicious inputs, generated here so the repository holds no 200 MB
 * file. Each must be refused with a code (a sentence in the UI and CLI) or handled, write nothing, and
 * finish within a bound that catches a hang (not a speed target: those are benchmarks).
 */
const BOUND_MS = 15_000;
/** Growth of the process's memory allowed to one input: an expansion attack would take gigabytes. */
const BOUND_BYTES = 1.5 * 1024 ** 3;
const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
const context = { makeId: () => `e${Math.random().toString(36).slice(2)}`, now: '2026-11-26T10:00:00.000Z' };

function timed<T>(run: () => T): T {
  const started = performance.now();
  const rss = process.memoryUsage().rss;
  const result = run();
  expect(performance.now() - started).toBeLessThan(BOUND_MS);
  expect(process.memoryUsage().rss - rss).toBeLessThan(BOUND_BYTES);
  return result;
}

const code = (r: { ok: boolean; error?: { code: string } }): string => (r.ok ? 'ok' : (r.error?.code ?? '?'));

const BILLION_LAUGHS = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"><!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;"><!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;"><!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;"><!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;"><!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;"><!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">]>`;
const QUADRATIC = `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "${'a'.repeat(100_000)}">]>`;
const XXE = `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>`;
const EXTERNAL_DTD = `<?xml version="1.0"?><!DOCTYPE tmx SYSTEM "file:///etc/passwd">`;

/** XML bodies of each format whose text is `content` (an entity reference or plain text). */
const bodies = {
  tbx: (content: string) => `<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2"><text><body><conceptEntry id="c1"><langSec xml:lang="zh"><termSec><term>${content}</term></termSec></langSec><langSec xml:lang="en"><termSec><term>x</term></termSec></langSec></conceptEntry></body></text></tbx>`,
  tmx: (content: string) => `<tmx version="1.4"><header srclang="zh"/><body><tu><tuv xml:lang="zh"><seg>${content}</seg></tuv><tuv xml:lang="en"><seg>x</seg></tuv></tu></body></tmx>`,
  xlf: (content: string) => `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="zh" trgLang="en"><file id="f1"><unit id="u1"><segment><source>${content}</source><target>x</target></segment></unit></file></xliff>`,
};

function importXml(format: keyof typeof bodies, xml: string): { ok: boolean; error?: { code: string }; text: string } {
  const bytes = enc(xml);
  const result =
    format === 'tbx'
      ? importGlossary('g.tbx', bytes, {}, context)
      : format === 'tmx'
        ? readMemoryImport('m.tmx', bytes)
        : readXliff(bytes);
  return { ...(result as { ok: boolean; error?: { code: string } }), text: JSON.stringify(result) };
}

describe('hostile reports', () => {
  const utf8 = enc('重庆市南岸区人民政府工作报告\n\n各位代表：现在我代表区人民政府报告工作。');
  const cases: Array<[string, string, Uint8Array, string]> = [
    ['empty', 'r.txt', new Uint8Array(0), 'import.empty'],
    ['binary', 'r.txt', Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256), 'import.binary'],
    ['a PNG named .txt', 'r.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), 'import.binary'],
    ['UTF-8 cut in the middle of its last character', 'r.txt', utf8.subarray(0, utf8.length - 1), 'import.truncatedUtf8'],
    ['invalid GB18030', 'r.txt', new Uint8Array([0xd6, 0xd0, 0x81, 0x30, 0xff, 0xff, 0x81, 0x20, 0x0a, 0x85, 0x7f]), 'import.undecodable'],
    ['UTF-16 with a lone surrogate', 'r.txt', new Uint8Array([0xff, 0xfe, 0x2d, 0x4e, 0x00, 0xd8, 0x41, 0x00]), 'import.invalidUtf16'],
    ['HTML nested 200,000 deep', 'r.html', enc(`<html><body>${'<div>'.repeat(200_000)}正文${'</div>'.repeat(200_000)}</body></html>`), 'import.tooDeep'],
  ];
  for (const [name, fileName, bytes, expected] of cases) {
    it(`refuses ${name}`, () => {
      expect(code(timed(() => importReport(fileName, bytes)))).toBe(expected);
    });
  }

  it('refuses a 200 MB text file by its size, before decoding it', () => {
    const huge = new Uint8Array(200 * 1024 * 1024).fill(0x41);
    expect(timed(() => importReport('r.txt', huge))).toMatchObject({ ok: false, error: { code: 'import.tooLarge' } });
  });

  it('imports one 10 MB line without a newline as one paragraph', () => {
    const line = enc('发展'.repeat(1_700_000));
    const result = timed(() => importReport('r.txt', line));
    expect(result.ok && result.value.doc.childCount).toBe(1);
  });

  it('keeps only the text of HTML with scripts, iframes and event handlers: nothing of them reaches the document', () => {
    const html = `<html><head><script>window.pwned=1</script></head><body><p onclick="alert(1)">正文<script>alert(2)</script><iframe src="javascript:alert(3)">框架</iframe><img src=x onerror="alert(4)">段落。</p><svg onload="alert(5)"><text>矢量</text></svg><style>p{color:red}</style><a href="javascript:alert(6)">链接</a></body></html>`;
    const result = timed(() => importReport('r.html', enc(html)));
    if (!result.ok) throw new Error(result.error.code);
    const text = result.value.doc.textContent;
    expect(text).toBe('正文段落。链接');
    expect(JSON.stringify(result.value.doc.toJSON())).not.toMatch(/alert|script|onerror|onclick|iframe|javascript/);
  });
});

describe('hostile XML (TBX, TMX, XLIFF)', () => {
  for (const format of ['tbx', 'tmx', 'xlf'] as const) {
    it(`${format}: refuses billion laughs, quadratic blow-up and XXE without expanding or reading anything`, () => {
      for (const [prefix, ref] of [
        [BILLION_LAUGHS, '&lol9;'],
        [QUADRATIC, '&a;'.repeat(10_000)],
        [XXE, '&xxe;'],
      ] as const) {
        const result = timed(() => importXml(format, prefix + bodies[format](ref)));
        expect(code(result)).toBe('xml.malformed');
        expect(result.text).not.toContain('root:');
        expect(result.text).not.toContain('lollol');
      }
    });

    it(`${format}: never fetches an external DTD, and refuses the wrong root element`, () => {
      const external = timed(() => importXml(format, EXTERNAL_DTD + bodies[format]('术语')));
      expect(external.text).not.toContain('root:');
      expect(code(external)).toBe('ok');
      const wrong = timed(() => importXml(format, '<?xml version="1.0"?><html><body>术语</body></html>'));
      expect(code(wrong)).toMatch(/root|notTmx|notXliff|unsupported/);
    });
  }

  it('refuses a 1,000,000-entry TBX by its size before parsing it', () => {
    const entry = (i: number) => `<conceptEntry id="c${i}"><langSec xml:lang="zh"><termSec><term>术${i}</term></termSec></langSec><langSec xml:lang="en"><termSec><term>t${i}</term></termSec></langSec></conceptEntry>`;
    const parts: string[] = ['<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2"><text><body>'];
    for (let i = 0; i < 1_000_000; i++) parts.push(entry(i));
    parts.push('</body></text></tbx>');
    const bytes = enc(parts.join(''));
    expect(timed(() => importGlossary('big.tbx', bytes, {}, context))).toMatchObject({ ok: false, error: { code: 'glossary.tooLarge' } });
  });
});

describe('hostile CSV', () => {
  it('reads quoted cells with embedded newlines and quotes, and refuses a file of mixed delimiters with its line', () => {
    const csv = 'source,target,note\n"发展","development | growth, in full","a ""quoted"" note\nover two lines"\n改革,reform,\n';
    const read = readGlossaryCsv(csv, 'csv', context);
    if (!read.ok) throw new Error(read.error.code);
    expect(read.value.map((e) => [e.term, e.renderings, e.note])).toEqual([
      ['发展', ['development', 'growth, in full'], 'a "quoted" note\nover two lines'],
      ['改革', ['reform'], ''],
    ]);
    const mixed = readGlossaryCsv('source,target,note\n发展\tdevelopment\t\n改革,reform,,extra,cells\n', 'csv', context);
    expect(code(mixed)).toMatch(/^csv\./);
  });

  it('neutralises cells a spreadsheet would run (=, +, -, @) on export', () => {
    const entry = (term: string, rendering: string) => ({ id: 'x', term, variants: [], renderings: [rendering], forbidden: [], definition: '', note: '@SUM(A1)', domain: '', tags: [], status: 'approved' as const, createdAt: context.now, updatedAt: context.now });
    const csv = writeGlossaryCsv([entry('=HYPERLINK("http://evil")', '+1'), entry('-2', 'ok')], 'csv');
    for (const line of csv.trim().split('\r\n').slice(1)) for (const cell of line.split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/)) expect(cell.replace(/^"/, '')).not.toMatch(/^[=+\-@]/);
  });
});

describe('hostile project files', () => {
  const good = (() => {
    const imported = importReport('nanan.txt', fixtureBytes(SAMPLE));
    if (!imported.ok) throw new Error('sample');
    return JSON.parse(serializeProjectFile(createProjectFile(imported.value.doc, { fileName: 'n.txt', sha256: 'd'.repeat(64), encoding: 'utf-8', format: 'text', importedAt: context.now }, context.now))) as Record<string, unknown>;
  })();
  const variants: Array<[string, (p: Record<string, unknown>) => unknown, string]> = [
    ['a __proto__ key at the top', (p) => JSON.parse(JSON.stringify(p).replace('{', '{"__proto__":{"polluted":true},')), 'ok'],
    ['a __proto__ key in unit attributes', (p) => JSON.parse(JSON.stringify(p).replace('"attrs":{', '"attrs":{"__proto__":{"polluted":true},')), 'ok'],
    ['a constructor key', (p) => JSON.parse(JSON.stringify(p).replace('{', '{"constructor":{"prototype":{"polluted":true}},')), 'ok'],
    ['a wrong type', (p) => ({ ...p, notes: 'none' }), 'project.invalid'],
    ['a huge number', (p) => JSON.parse(JSON.stringify(p).replace('"level":null', '"level":1e308')), 'project.invalid'],
    ['a missing field', (p) => ({ ...p, source: undefined }), 'project.invalid'],
    ['a newer version', (p) => ({ ...p, version: 99 }), 'project.newerVersion'],
    ['unit ids that repeat', (p) => JSON.parse(JSON.stringify(p).replace('"id":"u2"', '"id":"u1"')), 'project.duplicateId'],
  ];
  for (const [name, mutate, expected] of variants) {
    it(`handles ${name} without polluting any prototype`, () => {
      const result = parseProjectFile(JSON.stringify(mutate(good)));
      expect(code(result)).toBe(expected);
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
      expect((Object.prototype as Record<string, unknown>)['polluted']).toBeUndefined();
    });
  }
});

describe('hostile input through the command line writes nothing', () => {
  it('leaves the folder as it was after refusing each bad report', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'duizhao-hostile-'));
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'deep.html'), `<html><body>${'<div>'.repeat(5000)}x</body></html>`);
    writeFileSync(join(dir, 'laughs.tmx'), BILLION_LAUGHS + bodies.tmx('&lol9;'));
    const before = readdirSync(dir).sort();
    const io = { out: () => undefined, err: () => undefined, cwd: dir, dataDir: dir, now: () => new Date(context.now) };
    expect(await runCli(['import', 'empty.txt'], io)).toBe(1);
    expect(await runCli(['import', 'deep.html'], io)).toBe(1);
    expect(await runCli(['tm', 'import', 'laughs.tmx'], io)).toBe(1);
    expect(readdirSync(dir).sort()).toEqual(before);
  });
});
