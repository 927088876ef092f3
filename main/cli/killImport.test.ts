import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseProjectFile } from '../../src/document/projectFile.js';
import { CLI_BUNDLE } from '../../scripts/build.mjs';
import { CHONGQING, fixtureBytes, fixturePath, NATIONAL } from '../../test/corpus.js';

const KILLS = 50;
const REPORTS = [NATIONAL, CHONGQING] as const;
const SHA = REPORTS.map((r) => createHash('sha256').update(fixtureBytes(r)).digest('hex'));

/** Runs the built `duizhao import --force` of one report over `output`; kills it with SIGKILL after `killAfterMs`, if given and still running. */
function importForce(report: string, output: string, killAfterMs?: number): Promise<{ killed: boolean; ms: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [CLI_BUNDLE, 'import', '--force', fixturePath(report), '-o', output], { stdio: ['ignore', 'ignore', 'pipe'] });
    let errors = '';
    child.stderr.on('data', (d: Buffer) => (errors += d.toString()));
    const timer = killAfterMs === undefined ? null : setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    child.on('exit', (code, signal) => {
      if (timer) clearTimeout(timer);
      if (signal === 'SIGKILL') return resolve({ killed: true, ms: performance.now() - started });
      if (code === 0) return resolve({ killed: false, ms: performance.now() - started });
      reject(new Error(`import failed (${code}): ${errors}`));
    });
  });
}

/** Which report the project on disk was imported from (0 or 1); fails if it is not a whole, valid project. */
function versionOnDisk(path: string): number {
  const parsed = parseProjectFile(readFileSync(path, 'utf8'));
  expect(parsed.ok, 'the project on disk parses and is valid').toBe(true);
  if (!parsed.ok) return -1;
  return SHA.indexOf(parsed.value.file.source.sha256);
}

describe('import --force replaces a project atomically', () => {
  it(`leaves the old or the new project whole, never none, over ${KILLS} kills at random moments`, { timeout: 600_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'duizhao-kill-import-'));
    const output = join(dir, 'report.duizhao');
    // Unkilled runs: the project exists, and how long a whole run takes on this machine now.
    const runs = [(await importForce(REPORTS[0], output)).ms, (await importForce(REPORTS[1], output)).ms, (await importForce(REPORTS[0], output)).ms];
    expect(versionOnDisk(output)).toBe(0);
    // Kills land anywhere in a run as long as the last three whole runs: the machine's load changes while the
    // test runs (under load a span measured once at the start left most later runs finishing before their kill).
    const span = (): number => Math.max(...runs.slice(-3)) * 1.1;
    const seen = { oldAfterKill: 0, newAfterKill: 0, completed: 0 };
    let kills = 0;
    let state = 4242;
    // What is on disk before a round is what the round before found there: nothing else writes the file.
    let old = 0;
    // Kills in a row that found the old project: with the machine slower than when the span was measured,
    // every kill can land before the new project is in place (no run then finishes to update the span).
    let oldInARow = 0;
    for (let round = 0; kills < KILLS && round < KILLS * 4; round++) {
      const next = 1 - old;
      if (oldInARow === 10) {
        // Measures a whole run again, unkilled; not counted in `seen`, which holds only the random kills' outcomes.
        const { ms } = await importForce(REPORTS[next] as string, output);
        expect(versionOnDisk(output), 'a finished import leaves the new project').toBe(next);
        runs.push(ms);
        oldInARow = 0;
        old = next;
        continue;
      }
      state = (state * 1103515245 + 12345) & 0x7fffffff;
      const { killed, ms } = await importForce(REPORTS[next] as string, output, (((state >> 8) % 1000) / 1000) * span());
      const now = versionOnDisk(output);
      expect([old, next], `round ${round}: the project is the old or the new one`).toContain(now);
      if (!killed) {
        expect(now, 'a finished import leaves the new project').toBe(next);
        seen.completed++;
        runs.push(ms);
      } else {
        kills++;
        if (now === old) seen.oldAfterKill++;
        else seen.newAfterKill++;
      }
      oldInARow = killed && now === old ? oldInARow + 1 : 0;
      old = now;
    }
    expect(kills).toBe(KILLS);
    // Kills landed before the new project was in place, and some runs got the new one there.
    expect(seen.oldAfterKill, JSON.stringify(seen)).toBeGreaterThan(0);
    expect(seen.newAfterKill + seen.completed, JSON.stringify(seen)).toBeGreaterThan(0);
    // The temporary files of killed imports go with the next import.
    await importForce(REPORTS[0], output);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
