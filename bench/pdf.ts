import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { PDFDocument } from 'pdf-lib';
import { chromiumPrinter } from '../main/node/chromiumPrinter.js';
import { exportPdf, type Printer } from '../main/node/exportPdf.js';
import { writeProject } from '../main/node/projectFiles.js';
import type { PrintStage } from '../main/node/printOptions.js';
import { createProjectFile, type ProjectFile } from '../src/document/projectFile.js';
import { schema } from '../src/document/schema.js';
import { DEFAULT_PRINT_OPTIONS } from '../src/export/printHtml.js';
import { importReport } from '../src/import/importReport.js';
import { EN_PRINT_LABELS } from '../test/printLabels.js';
import { syntheticProject } from '../test/synthetic.js';
import { translateWithRealEnglish } from '../test/translatedProject.js';
import { ensureNode } from '../scripts/build.mjs';
import { measurePages } from './deliver.js';
import { median, timeProcess } from './processes.js';

type Record = (name: string, value: number, unit: string) => void;

/** Where an export's time went: building the print HTML, starting Chromium, loading the page and its fonts, printing, the metadata pass. */
interface Timed {
  readonly pdf: Uint8Array;
  readonly seconds: number;
  /** Processor seconds of this process and the Chromium it started (see withProcessorTime). */
  readonly cpu: number;
  readonly stages: { readonly html: number; readonly start: number; readonly load: number; readonly print: number; readonly metadata: number };
}

/**
 * Processor time of this process and of every process it started (Chromium's browser, renderer and
 * helpers), sampled from /proc every 50 ms while `work` runs: each process counts with the last time
 * it was seen (one that lives less than a sample is missed). Unlike wall time, barely moved by the
 * other work of a shared machine. NaN off Linux.
 */
async function withProcessorTime<T>(work: () => Promise<T>): Promise<{ result: T; cpu: number }> {
  const seen = new Map<number, number>();
  const sample = (): boolean => {
    let processes: Array<{ pid: number; ppid: number; cpu: number }>;
    try {
      processes = readdirSync('/proc')
        .filter((d) => /^\d+$/.test(d))
        .flatMap((d) => {
          try {
            const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
            const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
            return [{ pid: Number(d), ppid: Number(f[1]), cpu: (Number(f[11]) + Number(f[12])) / 100 }];
          } catch {
            return [];
          }
        });
    } catch {
      return false;
    }
    const ours = new Set([process.pid]);
    for (let grew = true; grew; ) {
      grew = false;
      for (const p of processes) {
        if (ours.has(p.pid) || !ours.has(p.ppid)) continue;
        ours.add(p.pid);
        grew = true;
      }
    }
    for (const p of processes) if (ours.has(p.pid) && p.pid !== process.pid) seen.set(p.pid, p.cpu);
    return true;
  };
  const own = process.cpuUsage();
  const linux = sample();
  const baseline = new Map(seen);
  const timer = setInterval(sample, 50);
  try {
    const result = await work();
    sample();
    const ownSeconds = ((u) => (u.user + u.system) / 1e6)(process.cpuUsage(own));
    let children = 0;
    for (const [pid, cpu] of seen) children += cpu - (baseline.get(pid) ?? 0);
    return { result, cpu: linux ? ownSeconds + children : NaN };
  } finally {
    clearInterval(timer);
  }
}

/** Exports a project with the command line's printer, timing each stage from the printer's progress. */
async function timedExport(file: ProjectFile): Promise<Timed> {
  const at = new Map<PrintStage | 'printed', number>();
  const started = performance.now();
  const printer: Printer = async (html, fonts, run) => {
    const pdf = await chromiumPrinter(html, fonts, run);
    at.set('printed', performance.now());
    return pdf;
  };
  const { result: pdf, cpu } = await withProcessorTime(() =>
    exportPdf(
      { file, doc: schema.nodeFromJSON(file.doc), glossaries: file.glossaries, options: DEFAULT_PRINT_OPTIONS, translator: '', labels: EN_PRINT_LABELS },
      { onStage: (stage) => void (at.has(stage) || at.set(stage, performance.now())) },
      printer,
    ),
  );
  const ended = performance.now();
  const t = (key: PrintStage | 'printed'): number => at.get(key) ?? NaN;
  return {
    pdf,
    seconds: (ended - started) / 1000,
    cpu,
    stages: {
      html: (t('starting') - started) / 1000,
      start: (t('layout') - t('starting')) / 1000,
      load: (t('printing') - t('layout')) / 1000,
      print: (t('printed') - t('printing')) / 1000,
      metadata: (ended - t('printed')) / 1000,
    },
  };
}

/**
 * The whole export as a user runs it: `duizhao export <project> --pdf <file>` through the built bin, a
 * fresh process each time (start, loading the project, the preflight, printing, the metadata pass),
 * wall and processor time (the process and every process it starts, Chromium's included). With
 * `--previous=<folder>` (a checkout of an earlier version with its node_modules, whose bin builds its
 * own command line), that version's bin runs too, alternated with this one, so both meet the same load.
 */
async function benchCliExport(file: ProjectFile, record: Record, rounds = 3): Promise<void> {
  await ensureNode({ quiet: true });
  const dir = mkdtempSync(join(tmpdir(), 'duizhao-bench-pdf-'));
  try {
    const project = join(dir, 'bench.duizhao');
    await writeProject(project, file);
    const previous = process.argv.find((a) => a.startsWith('--previous='))?.slice('--previous='.length);
    const bins: Array<[string, string]> = [['', fileURLToPath(new URL('../bin/duizhao.mjs', import.meta.url))]];
    if (previous) bins.push(['previous_', join(previous, 'bin/duizhao.mjs')]);
    const runs = new Map<string, Array<{ seconds: number; cpu: number; bytes: number }>>();
    for (let round = 0; round < rounds; round++) {
      for (const [prefix, bin] of bins) {
        const out = join(dir, `${prefix}out.pdf`);
        const { result, cpu } = await withProcessorTime(() => timeProcess(process.execPath, [bin, 'export', project, '--pdf', out]));
        if (result.code !== 0) throw new Error(`${bin} export exited with ${result.code}`);
        runs.set(prefix, [...(runs.get(prefix) ?? []), { seconds: result.ms / 1000, cpu, bytes: statSync(out).size }]);
      }
    }
    for (const [prefix, list] of runs) {
      record(`pdf_2000_paragraphs_${prefix}cli_export_time`, median(list.map((r) => r.seconds)), 's');
      record(`pdf_2000_paragraphs_${prefix}cli_export_cpu`, median(list.map((r) => r.cpu)), 's');
      record(`pdf_2000_paragraphs_${prefix}cli_export_size`, median(list.map((r) => r.bytes)) / 1024 / 1024, 'MB');
    }
    const now = runs.get('');
    const before = runs.get('previous_');
    if (now && before) {
      record('pdf_2000_paragraphs_cli_export_time_ratio_to_previous', median(now.map((r, i) => r.seconds / (before[i]?.seconds ?? NaN))), 'x');
      record('pdf_2000_paragraphs_cli_export_cpu_ratio_to_previous', median(now.map((r, i) => r.cpu / (before[i]?.cpu ?? NaN))), 'x');
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * PDF export with the command line's printer. The fully translated 2,000-paragraph project side by side
 * (the target: under 10 s and 5 MB), timed by stage, against a 20-paragraph print in the same run (the
 * ratio is what a loaded machine cannot blur), with the load average; its page images (fill and Chinese
 * inter-character gaps); the whole export through the command line's bin (see benchCliExport); the same
 * 2,000 paragraphs with real English of a realistic length; the sample.
 */
export async function benchPdf(record: Record): Promise<void> {
  record('pdf_load_average_1min', loadavg()[0] ?? NaN, '');
  const small = await timedExport(syntheticProject(20, 1));
  record('pdf_20_paragraphs_time', small.seconds, 's');
  record('pdf_20_paragraphs_cpu', small.cpu, 's');

  const big = await timedExport(syntheticProject(2000, 1));
  const bigPages = (await PDFDocument.load(big.pdf, { updateMetadata: false })).getPageCount();
  record('pdf_2000_paragraphs_time', big.seconds, 's');
  for (const [stage, seconds] of Object.entries(big.stages)) record(`pdf_2000_paragraphs_${stage}_time`, seconds, 's');
  record('pdf_2000_paragraphs_ratio_to_20', big.seconds / small.seconds, 'x');
  record('pdf_2000_paragraphs_cpu', big.cpu, 's');
  record('pdf_2000_paragraphs_cpu_ratio_to_20', big.cpu / small.cpu, 'x');
  record('pdf_2000_paragraphs_size', big.pdf.length / 1024 / 1024, 'MB');
  record('pdf_2000_paragraphs_pages_per_second', bigPages / big.seconds, 'pages/s');
  await benchCliExport(syntheticProject(2000, 1), record);
  // What the unit test checks on a shorter project: the table's header row repeats on every page.
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const pdfDoc = await getDocument({ data: big.pdf.slice(), useSystemFonts: false }).promise;
  let headed = 0;
  for (let p = 1; p <= pdfDoc.numPages; p++) {
    const items = (await (await pdfDoc.getPage(p)).getTextContent()).items;
    if (items.some((i) => 'str' in i && i.str === 'English' && (i.transform[5] as number) > 700)) headed++;
  }
  record('pdf_2000_paragraphs_pages_with_header_row', headed / pdfDoc.numPages, 'share');
  measurePages('pdf_2000_paragraphs', big.pdf, record);

  const real = await timedExport(translateWithRealEnglish(syntheticProject(2000, 0)));
  record('pdf_2000_real_english_time', real.seconds, 's');
  record('pdf_2000_real_english_ratio_to_20', real.seconds / small.seconds, 'x');
  record('pdf_2000_real_english_cpu', real.cpu, 's');
  for (const [stage, seconds] of Object.entries(real.stages)) record(`pdf_2000_real_english_${stage}_time`, seconds, 's');
  record('pdf_2000_real_english_size', real.pdf.length / 1024 / 1024, 'MB');
  measurePages('pdf_2000_real_english', real.pdf, record);
  record('pdf_load_average_1min_after', loadavg()[0] ?? NaN, '');

  const sample = importReport('nanan.txt', new Uint8Array(readFileSync(fileURLToPath(new URL('../assets/sample/nanan_district_2024_gov_work_report_zh.txt', import.meta.url)))));
  if (!sample.ok) throw new Error(sample.error.code);
  const file = createProjectFile(
    sample.value.doc,
    { fileName: 'nanan.txt', sha256: '0'.repeat(64), encoding: 'utf-8', format: 'text', importedAt: '2026-01-01T00:00:00.000Z' },
    '2026-01-01T00:00:00.000Z',
    [fileURLToPath(new URL('../assets/glossary/starter.duizhao-glossary', import.meta.url))],
  );
  const samplePdf = await timedExport(file);
  record('pdf_sample_time', samplePdf.seconds, 's');
  record('pdf_sample_size', samplePdf.pdf.length / 1024, 'KB');
}
