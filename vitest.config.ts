import { availableParallelism } from 'node:os';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { defineConfig } from 'vitest/config';
import { findChromium } from './main/node/findChromium.js';

/**
 * The order of the files. A worker runs the files of one project one after another with their modules
 * loaded (`isolate: false`), but Vitest keeps it only while the next file in the queue is of the same
 * project: when unit and e2e files alternated, workers were ended and started again at almost every file
 * (16 workers in one run, each loading Vitest, playwright-core and the app's modules afresh, and
 * launching its own Chromium). So all e2e files come first, then the unit files: each of the two workers
 * starts once per project. Within a project the longest files (measured on the 2-core machines,
 * 2026-12-06, `npm test` under load) start first, so that no long file is left running alone at the
 * end; the many short unit files fill the end. Files not named here follow in Vitest's own order (its
 * cache of durations where there is one; larger files first on a fresh clone).
 */
const LONGEST_FIRST = [
  'e2e/workbench.e2e.test.ts',
  'e2e/rowTools.e2e.test.ts',
  'e2e/glossary.e2e.test.ts',
  'e2e/editor.e2e.test.ts',
  'e2e/review.e2e.test.ts',
  'e2e/sentences.e2e.test.ts',
  'e2e/export.e2e.test.ts',
  'e2e/find.e2e.test.ts',
  'e2e/align.e2e.test.ts',
  'e2e/qa.e2e.test.ts',
  'e2e/spellingMarks.e2e.test.ts',
  'e2e/safety.e2e.test.ts',
  'e2e/spelling.e2e.test.ts',
  'e2e/import.e2e.test.ts',
  'e2e/deliver.e2e.test.ts',
  'e2e/dictionary.e2e.test.ts',
  'e2e/dialogs.e2e.test.ts',
  'e2e/memory.e2e.test.ts',
  'e2e/progress.e2e.test.ts',
  'e2e/rows.e2e.test.ts',
  'main/node/exportPdf.test.ts',
  'main/node/import/readReport.test.ts',
  'main/node/killSave.test.ts',
  'main/node/printTypography.test.ts',
  'main/cli/cli.test.ts',
  'main/node/exportDocx.test.ts',
  'main/cli/killImport.test.ts',
  'main/cli/align.test.ts',
  'src/glossary/termIndex.test.ts',
  'main/node/hostile.test.ts',
];

class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const key = (spec: TestSpecification): number => {
      const at = LONGEST_FIRST.indexOf(relative(spec.project.config.root, spec.moduleId).replaceAll('\\', '/'));
      return (spec.project.name === 'e2e' ? 0 : 1000) + (at < 0 ? LONGEST_FIRST.length : at);
    };
    return (await super.sort(files)).sort((a, b) => key(a) - key(b));
  }
}

/**
 * The Chromium of the tests (the e2e browser, and the printer of the PDF tests and of the command line and
 * web mode they start): test/chromium.sh in front of the real one, which turns off the omnibox popup that
 * Chromium preloads in a renderer of its own for every window (a window for each page): a sixth of the
 * processor time of a whole run went to it. Left alone where there is no Chromium or no shell.
 */
const REAL_CHROMIUM = findChromium();
const CHROMIUM_ENV: Record<string, string> =
  REAL_CHROMIUM && process.platform !== 'win32' ? { CHROMIUM_PATH: fileURLToPath(new URL('test/chromium.sh', import.meta.url)), DUIZHAO_TEST_CHROMIUM: REAL_CHROMIUM } : {};

// One pool for both projects, one worker per core: most of a test's time is spent waiting for a
// process it started (the CLI, web mode, Chromium, LibreOffice), so the two cores are only busy when two
// files run at once. Vitest's default on 2 cores is one worker, and a project without file parallelism
// runs after all the others, alone.
const WORKERS = Math.max(2, availableParallelism());

export default defineConfig({
  test: {
    maxWorkers: WORKERS,
    sequence: { sequencer: LongestFirst },
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'main/**/*.test.ts', 'renderer/**/*.test.ts', 'scripts/**/*.test.ts'],
          environment: 'node',
          env: CHROMIUM_ENV,
          // A bound against hangs, not a speed target: these machines are shared and a test that takes
          // 2 s alone can take 10 under load. Speed is measured by `npm run bench`.
          testTimeout: 30_000,
          // Modules stay loaded from one file to the next in a worker (the tests share no state through them):
          // a quarter less processor time than loading each file's imports afresh, measured on the whole unit run.
          isolate: false,
          globalSetup: ['test/globalSetup.ts'],
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['e2e/**/*.e2e.test.ts'],
          environment: 'node',
          env: CHROMIUM_ENV,
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // Each file has its own web-mode server and folders, and each page a context of its own in its
          // worker's Chromium, so files run side by side.
          globalSetup: ['e2e/globalSetup.ts'],
          // As in the unit project: loading playwright-core and Vitest's runtime afresh for each file cost
          // 2 to 4 s of a worker's time per file, more than some files' tests.
          isolate: false,
          // A condition polled in a test is most often met within a few milliseconds of the step before it:
          // looking again every 10 ms instead of Vitest's 50 (each look is one round trip to the page).
          // And a bound against hangs, not a speed target (as `testTimeout`): Vitest's 1 s was too short on a
          // loaded machine (a caret not yet moved after a click failed qa.e2e once, load 13–17 on two cores);
          // a condition met in time passes just as fast.
          expect: { poll: { interval: 10, timeout: 5_000 } },
        },
      },
    ],
  },
});
