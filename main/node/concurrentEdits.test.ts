import { mkdtempSync, mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturePath, SAMPLE } from '../../test/corpus.js';
import { callServices } from '../../test/callServices.js';
import { webServices } from '../../test/webServices.js';
import { lockPathOf, ProjectLocks } from './projectLock.js';

const servicesIn = webServices;

async function savedProject() {
  const base = mkdtempSync(join(tmpdir(), 'duizhao-concurrent-'));
  const workspace = join(base, 'workspace');
  mkdirSync(workspace);
  const services = servicesIn(workspace, join(base, 'home'));
  const imported = await services.handlers['project.import']({ fileName: 'nanan.txt', data: new Uint8Array(readFileSync(fixturePath(SAMPLE))) });
  const saved = await callServices(services.handlers, 'project.save', { path: 'report.duizhao', file: imported.file, journalKey: null, expectedHash: null, overwrite: false });
  return { base, workspace, services, path: saved.path, file: imported.file, hash: saved.diskHash };
}

describe('a project changed on disk while open', () => {
  it('is not overwritten: the save is refused until the user chooses to overwrite', async () => {
    const { services, path, file, hash } = await savedProject();
    const opened = await services.handlers['project.open']({ path });
    expect(opened.diskHash).toBe(hash);
    // Another program rewrites the file (here: the same project saved with another title).
    const other = JSON.parse(readFileSync(path, 'utf8')) as { savedAt: string };
    other.savedAt = '2030-01-01T00:00:00.000Z';
    writeFileSync(path, `${JSON.stringify(other, null, 1)}\n`);
    const theirs = readFileSync(path);
    await expect(callServices(services.handlers, 'project.save', { path, file, journalKey: null, expectedHash: opened.diskHash, overwrite: false })).rejects.toMatchObject({ code: 'save.changedOnDisk' });
    expect(readFileSync(path).equals(theirs)).toBe(true);
    // The user chose to overwrite.
    const saved = await callServices(services.handlers, 'project.save', { path, file, journalKey: null, expectedHash: opened.diskHash, overwrite: true });
    expect(readFileSync(path).equals(theirs)).toBe(false);
    // Saving again from the state just written needs no choice.
    await callServices(services.handlers, 'project.save', { path, file, journalKey: null, expectedHash: saved.diskHash, overwrite: false });
  });
});

describe('two instances opening the same project', () => {
  it('tells the second that the first has it open, and never reports its own lock', async () => {
    const { services, path } = await savedProject();
    expect((await services.handlers['project.open']({ path })).openElsewhere).toBeNull();
    expect(existsSync(lockPathOf(path))).toBe(true);
    // Another process of this machine (our parent stands in for a second Duizhao) holds the lock.
    const second = new ProjectLocks(() => new Date(), process.ppid);
    const holder = await second.acquire(path);
    expect(holder).toMatchObject({ pid: process.pid, host: hostname() });
    // The first opening the project again is not told about itself.
    expect((await services.handlers['project.open']({ path })).openElsewhere).toBeNull();
  });

  it('takes over the lock of a process that died, and lets its own go when another project is opened', async () => {
    const { services, path, workspace } = await savedProject();
    writeFileSync(lockPathOf(path), JSON.stringify({ app: 'duizhao', pid: 2 ** 22 + 12345, host: hostname(), since: '2026-01-01T00:00:00.000Z' }));
    expect((await services.handlers['project.open']({ path })).openElsewhere).toBeNull();
    expect(JSON.parse(readFileSync(lockPathOf(path), 'utf8'))).toMatchObject({ pid: process.pid });
    const imported = await services.handlers['project.import']({ fileName: 'nanan.txt', data: new Uint8Array(readFileSync(fixturePath(SAMPLE))) });
    expect(imported.openElsewhere).toBeNull();
    expect(existsSync(lockPathOf(path))).toBe(false);
    expect(existsSync(join(workspace, 'report.duizhao'))).toBe(true);
  });
});
