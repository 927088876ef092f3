import { mkdtempSync, promises as fs, readFileSync, writeFileSync, chmodSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureBytes, SAMPLE } from '../../test/corpus.js';
import { createProjectFile, serializeProjectFile, type ProjectFile } from '../../src/document/projectFile.js';
import { importReport } from '../../src/import/importReport.js';
import type { AtomicFs } from './atomicWrite.js';
import { readProject, writeProject } from './projectFiles.js';

const dir = (): string => mkdtempSync(join(tmpdir(), 'duizhao-store-'));

function sample(): ProjectFile {
  const imported = importReport('nanan.txt', fixtureBytes(SAMPLE));
  if (!imported.ok) throw new Error('sample must import');
  return createProjectFile(
    imported.value.doc,
    { fileName: 'nanan.txt', sha256: 'b'.repeat(64), encoding: 'utf-8', format: 'text', importedAt: '2026-11-26T10:00:00.000Z' },
    '2026-11-26T10:00:00.000Z',
  );
}

/** A file system whose writes fail after the temporary file is opened, as a full disk does. */
function failingFs(code: string): AtomicFs {
  return {
    ...fs,
    open: (async (path: string, flags: string, mode?: number) => {
      const handle = await fs.open(path, flags, mode);
      if (flags === 'wx') {
        return new Proxy(handle, {
          get(target, prop, receiver) {
            if (prop === 'writeFile') return async () => Promise.reject(Object.assign(new Error(`${code}: simulated`), { code }));
            const value = Reflect.get(target, prop, receiver) as unknown;
            return typeof value === 'function' ? value.bind(target) : value;
          },
        });
      }
      return handle;
    }) as AtomicFs['open'],
  };
}

describe('project store', () => {
  it('saves and reads back a project', async () => {
    const path = join(dir(), 'report.duizhao');
    const file = { ...sample(), savedAt: '2026-11-26T11:00:00.000Z' };
    await writeProject(path, file);
    const loaded = await readProject(path);
    expect(loaded.file).toEqual(file);
    expect(readFileSync(path, 'utf8')).toBe(serializeProjectFile(file));
  });

  it('leaves the old file intact and no temporary file behind when the disk is full', async () => {
    const folder = dir();
    const path = join(folder, 'report.duizhao');
    const old = { ...sample(), savedAt: '2026-11-26T11:00:00.000Z' };
    await writeProject(path, old);
    const before = readFileSync(path);
    const next = { ...old, savedAt: '2026-11-26T12:00:00.000Z' };
    await expect(writeProject(path, next, failingFs('ENOSPC'))).rejects.toMatchObject({ code: 'save.diskFull' });
    expect(readFileSync(path).equals(before)).toBe(true);
    expect(readdirSync(folder)).toEqual(['report.duizhao']);
  });

  it('says a read-only folder or a vanished folder is why a save failed', async () => {
    const folder = dir();
    chmodSync(folder, 0o500);
    const readOnly = writeProject(join(folder, 'x.duizhao'), sample(), failingFs('EACCES'));
    await expect(readOnly).rejects.toMatchObject({ code: 'save.readOnly' });
    chmodSync(folder, 0o700);
    await expect(writeProject(join(folder, 'gone', 'x.duizhao'), sample())).rejects.toMatchObject({ code: 'save.folderMissing' });
  });

  it('checks a document it is given as a node instead of parsing it back, and trusts only the bytes it read', async () => {
    const folder = dir();
    const imported = importReport('nanan.txt', fixtureBytes(SAMPLE));
    if (!imported.ok) throw new Error('sample must import');
    const doc = imported.value.doc;
    const file = sample();
    const path = join(folder, 'known.duizhao');
    const written = await writeProject(path, file, undefined, null, { doc });
    expect((await readProject(path)).diskHash).toBe(written);
    // A document that breaks the rules is refused as a node too (two units with one id).
    const twin = doc.type.create(null, [doc.child(0), doc.child(0)]);
    await expect(writeProject(join(folder, 'twin.duizhao'), { ...file, doc: twin.toJSON() as Record<string, unknown> }, undefined, null, { doc: twin })).rejects.toMatchObject({ code: 'project.duplicateId' });
    // The file the caller read (same bytes) is replaced without being parsed again; a file that changed since is checked as ever.
    await writeProject(path, file, undefined, null, { doc, readHash: written });
    writeFileSync(path, 'my notes, not JSON');
    await expect(writeProject(path, file, undefined, null, { doc, readHash: written })).rejects.toMatchObject({ code: 'save.wouldOverwrite' });
    expect(readFileSync(path, 'utf8')).toBe('my notes, not JSON');
  });

  it('never overwrites a file that is not a project this version reads', async () => {
    const folder = dir();
    for (const [name, content] of [
      ['notes.duizhao', 'my notes, not JSON'],
      ['future.duizhao', JSON.stringify({ format: 'duizhao-project', version: 7 })],
    ] as const) {
      const path = join(folder, name);
      writeFileSync(path, content);
      await expect(writeProject(path, sample())).rejects.toMatchObject({ code: 'save.wouldOverwrite' });
      expect(readFileSync(path, 'utf8')).toBe(content);
    }
  });

  it('refuses corrupt and newer-version files on open and leaves them byte for byte', async () => {
    const folder = dir();
    const cases = [
      ['corrupt.duizhao', serializeProjectFile(sample()).slice(0, 500), 'project.notJson'],
      ['newer.duizhao', JSON.stringify({ ...sample(), version: 4 }), 'project.newerVersion'],
      ['empty.duizhao', '', 'project.notJson'],
    ] as const;
    for (const [name, content, code] of cases) {
      const path = join(folder, name);
      writeFileSync(path, content);
      await expect(readProject(path)).rejects.toMatchObject({ code });
      expect(readFileSync(path, 'utf8')).toBe(content);
    }
    await expect(readProject(join(folder, 'missing.duizhao'))).rejects.toMatchObject({ code: 'project.notFound' });
  });
});
