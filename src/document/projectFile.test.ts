import { describe, expect, it } from 'vitest';
import { fixtureBytes, SAMPLE } from '../../test/corpus.js';
import { importReport } from '../import/importReport.js';
import { checkTree, createProjectFile, parseProjectFile, PROJECT_VERSION, serializeProjectFile, type ProjectFile } from './projectFile.js';
import { schema } from './schema.js';

function sampleFile(): ProjectFile {
  const imported = importReport('nanan.txt', fixtureBytes(SAMPLE));
  if (!imported.ok) throw new Error('sample must import');
  const source = { fileName: 'nanan.txt', sha256: 'a'.repeat(64), encoding: 'utf-8' as const, format: 'text' as const, importedAt: '2026-11-26T10:00:00.000Z' };
  return createProjectFile(imported.value.doc, source, '2026-11-26T10:00:00.000Z');
}

/** The sample with a translated first unit, bold and all, as the UI would save it. */
function translated(): ProjectFile {
  const file = sampleFile();
  const doc = schema.nodeFromJSON(file.doc);
  const first = doc.child(0);
  const target = schema.nodes.target.create(null, [schema.text('Report on the Work of the '), schema.text('Government', [schema.marks.strong.create()])]);
  const unit = schema.nodes.unit.create({ ...first.attrs, status: 'translated', updated: 1764151200000 }, [first.child(0), target]);
  return { ...file, doc: doc.copy(doc.content.replaceChild(0, unit)).toJSON() as Record<string, unknown> };
}

describe('project file', () => {
  it('round-trips through serialisation with every translation, mark, status and exclusion', () => {
    const file = translated();
    const parsed = parseProjectFile(serializeProjectFile(file));
    if (!parsed.ok) throw new Error(parsed.error.code);
    expect(parsed.value.file).toEqual(file);
    const first = parsed.value.doc.child(0);
    expect(first.attrs['status']).toBe('translated');
    expect(first.child(1).textContent).toBe('Report on the Work of the Government');
    expect(first.child(1).lastChild?.marks.map((m) => m.type.name)).toEqual(['strong']);
    expect(parsed.value.doc.child(14).attrs['excluded']).toBe('chrome');
    expect(parsed.value.doc.child(14).attrs['excludedReason']).toBe('siteNotice');
  });

  it('writes a format name and version at the top', () => {
    const text = serializeProjectFile(sampleFile());
    expect(JSON.parse(text)).toMatchObject({ format: 'duizhao-project', version: PROJECT_VERSION });
    expect(text.endsWith('\n')).toBe(true);
  });

  it('refuses text that is not JSON, with a line and column and no content in the message', () => {
    expect(parseProjectFile('{\n  "format": "duizhao-project",\n  oops')).toEqual({ ok: false, error: { code: 'project.notJson', params: { line: 3, column: 3 } } });
    // Where V8 names no position (an empty or binary file), the message names none either.
    expect(parseProjectFile('')).toEqual({ ok: false, error: { code: 'project.notJson', params: { context: 'unplaced' } } });
    expect(parseProjectFile('\u0089PNG\r\n')).toEqual({ ok: false, error: { code: 'project.notJson', params: { context: 'unplaced' } } });
    const secret = parseProjectFile('root:x:0:0:root:/root:/bin/bash');
    expect(JSON.stringify(secret)).not.toContain('root');
  });

  it('refuses other JSON and a newer format version', () => {
    expect(parseProjectFile('[1,2]')).toMatchObject({ ok: false, error: { code: 'project.notDuizhao' } });
    expect(parseProjectFile('{"format":"something-else"}')).toMatchObject({ ok: false, error: { code: 'project.notDuizhao' } });
    expect(parseProjectFile(JSON.stringify({ ...sampleFile(), version: PROJECT_VERSION + 1 }))).toEqual({
      ok: false,
      error: { code: 'project.newerVersion', params: { version: PROJECT_VERSION + 1, supported: PROJECT_VERSION } },
    });
  });

  it('refuses wrong types, unknown node types, bad attribute values and repeated unit ids', () => {
    const file = sampleFile();
    expect(parseProjectFile(JSON.stringify({ ...file, createdAt: 12 }))).toMatchObject({ error: { code: 'project.invalid', params: { path: 'createdAt' } } });
    const doc = JSON.parse(JSON.stringify(file.doc)) as { content: Array<{ type: string; attrs: Record<string, unknown> }> };
    const badStatus = structuredClone(doc);
    (badStatus.content[0] as { attrs: Record<string, unknown> }).attrs['status'] = 'finished';
    expect(parseProjectFile(JSON.stringify({ ...file, doc: badStatus }))).toMatchObject({ error: { code: 'project.invalid', params: { path: 'doc' } } });
    const badType = structuredClone(doc);
    (badType.content[0] as { type: string }).type = 'script';
    expect(parseProjectFile(JSON.stringify({ ...file, doc: badType }))).toMatchObject({ error: { code: 'project.invalid' } });
    const repeated = structuredClone(doc);
    (repeated.content[1] as { attrs: Record<string, unknown> }).attrs['id'] = 'u1';
    expect(parseProjectFile(JSON.stringify({ ...file, doc: repeated }))).toEqual({ ok: false, error: { code: 'project.duplicateId', params: { id: 'u1' } } });
    const noUnits = { ...file, doc: { type: 'doc', content: [] } };
    expect(parseProjectFile(JSON.stringify(noUnits))).toMatchObject({ error: { code: 'project.invalid' } });
  });

  it('keeps a review record\'s baseline marks through save and reopen, and refuses malformed ones', () => {
    const file = translated();
    const doc = JSON.parse(JSON.stringify(file.doc)) as { content: Array<{ attrs: Record<string, unknown> }> };
    const review = {
      base: 'Report on the Work of the Central Government',
      baseMarks: [{ type: 'strong', start: 26, end: 44 }, { type: 'note', start: 0, end: 6, attrs: { noteId: 'n1' } }],
      changes: [{ fromA: 26, toA: 34, fromB: 26, toB: 26, deleted: [{ length: 8, data: { author: 'Ana', time: 1 } }], inserted: [] }],
    };
    (doc.content[0] as { attrs: Record<string, unknown> }).attrs['review'] = review;
    const withReview = { ...file, doc };
    const parsed = parseProjectFile(serializeProjectFile(withReview));
    if (!parsed.ok) throw new Error(parsed.error.code);
    expect(parsed.value.doc.child(0).attrs['review']).toEqual(review);
    expect(parseProjectFile(serializeProjectFile(parsed.value.file))).toEqual(parsed);
    const bad = structuredClone(doc);
    (bad.content[0] as { attrs: Record<string, unknown> }).attrs['review'] = { ...review, baseMarks: [{ type: 'strong', start: 26, end: 45 }] };
    expect(parseProjectFile(JSON.stringify({ ...file, doc: bad }))).toMatchObject({ ok: false, error: { code: 'project.invalid', params: { path: 'doc' } } });
  });

  it('ignores __proto__ and constructor keys instead of polluting prototypes', () => {
    const text = serializeProjectFile(sampleFile()).replace('{', '{"__proto__":{"polluted":true},"constructor":{"prototype":{"bad":1}},');
    const parsed = parseProjectFile(text);
    expect(parsed.ok).toBe(true);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});

describe('project file version 1', () => {
  it('is migrated when read: boilerplate exclusions become chrome (reason unknown), and the file is saved as the current version', () => {
    const imported = importReport('nanan.txt', fixtureBytes(SAMPLE));
    if (!imported.ok) throw new Error('sample');
    const at = '2026-01-01T00:00:00.000Z';
    const v2 = JSON.parse(serializeProjectFile(createProjectFile(imported.value.doc, { fileName: 'n.txt', sha256: 'a'.repeat(64), encoding: 'utf-8', format: 'text', importedAt: at }, at))) as { version: number; doc: { content: Array<{ attrs: Record<string, unknown> }> } };
    const v1 = { ...v2, version: 1, doc: { ...v2.doc, content: v2.doc.content.map((u) => {
      const { excludedReason: _dropped, ...rest } = u.attrs;
      return { ...u, attrs: { ...rest, excluded: rest['excluded'] === 'chrome' ? 'boilerplate' : rest['excluded'] } };
    }) } };
    const parsed = parseProjectFile(JSON.stringify(v1));
    if (!parsed.ok) throw new Error(parsed.error.code);
    expect(parsed.value.file.version).toBe(PROJECT_VERSION);
    const excluded: Array<[unknown, unknown]> = [];
    parsed.value.doc.forEach((u) => {
      if (u.attrs['excluded']) excluded.push([u.attrs['excluded'], u.attrs['excludedReason']]);
    });
    expect(excluded).toEqual(Array(5).fill(['chrome', null]));
    expect(JSON.parse(serializeProjectFile(parsed.value.file)).version).toBe(PROJECT_VERSION);
  });
});

describe('the document check', () => {
  it('gives the same verdict and message as ProseMirror’s check() on thousands of broken documents', () => {
    const text = (t: string, marks?: unknown[]) => ({ type: 'text', text: t, ...(marks ? { marks } : {}) });
    const unitJson = (attrs: Record<string, unknown>, source: unknown[], target: unknown[], extra: Record<string, unknown> = {}) => ({
      type: 'unit',
      attrs,
      content: [
        { type: 'source', content: source },
        { type: 'target', content: target },
      ],
      ...extra,
    });
    // Parts that are valid, and each of a kind of fault the check must catch.
    const attrChoices: Array<Record<string, unknown>> = [
      { id: 'u1' },
      { id: '' },
      { id: 'u2', kind: 'heading', level: 2 },
      { id: 'u3', kind: 'nonsense' },
      { id: 'u4', level: 0 },
      { id: 'u5', runIn: 3, excluded: 'chrome', excludedReason: 'pageNumber' },
      { id: 'u6', status: 'reviewed', updated: -1 },
      { id: 'u7', fromMemory: 'yes' },
      { id: 'u8', fromMemory: true, updated: 1764151200000 },
      { id: 'x'.repeat(65) },
    ];
    const markChoices: unknown[][] = [
      [],
      [{ type: 'strong' }],
      [{ type: 'strong' }, { type: 'em' }],
      [{ type: 'em' }, { type: 'strong' }],
      [{ type: 'strong' }, { type: 'strong' }],
      [{ type: 'term', attrs: { entryId: 'e1' } }],
      [{ type: 'term', attrs: { entryId: 5 } }],
      [{ type: 'note', attrs: { noteId: 'n1' } }, { type: 'note', attrs: { noteId: 'n2' } }],
      [{ type: 'term', attrs: { entryId: 'a' } }, { type: 'term', attrs: { entryId: 'b' } }],
    ];
    const inlineChoices = (m: unknown[]): unknown[][] => [
      [],
      [text('中文', m)],
      [text('a', m), { type: 'hard_break' }, text('b')],
      [{ type: 'hard_break', content: [text('x')] }],
      [{ type: 'source', content: [] }],
    ];
    let seed = 11;
    const pick = <T>(xs: readonly T[]): T => xs[(seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % xs.length] as T;
    let same = 0;
    let broken = 0;
    for (let n = 0; n < 3000; n++) {
      const units = Array.from({ length: 1 + (n % 3) }, () => {
        const extra = pick([{}, {}, {}, { marks: [{ type: 'strong' }] }]);
        return pick([0, 0, 0, 0, 1])
          ? { type: 'source', content: [] }
          : unitJson(pick(attrChoices), pick(inlineChoices(pick(markChoices))), pick(inlineChoices(pick(markChoices))), extra);
      });
      let doc;
      try {
        doc = schema.nodeFromJSON({ type: 'doc', content: units });
      } catch {
        continue;
      }
      const verdict = (f: () => void): string => {
        try {
          f();
          return 'ok';
        } catch (e) {
          return e instanceof Error ? e.message : String(e);
        }
      };
      const theirs = verdict(() => doc.check());
      expect(verdict(() => checkTree(doc))).toBe(theirs);
      same++;
      if (theirs !== 'ok') broken++;
    }
    expect(same).toBeGreaterThan(500);
    expect(broken).toBeGreaterThan(300);
    expect(same - broken).toBeGreaterThan(30);
  });
});
