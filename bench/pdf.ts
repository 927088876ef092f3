import { readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { PDFDocument } from 'pdf-lib';
import { chromiumPrinter } from '../main/node/chromiumPrinter.js';
import { exportPdf, type Printer } from '../main/node/exportPdf.js';
import type { PrintStage } from '../main/node/printOptions.js';
import { createProjectFile, type ProjectFile } from '../src/document/projectFile.js';
import { schema } from '../src/document/schema.js';
import { DEFAULT_PRINT_OPTIONS } from '../src/export/printHtml.js';
import { importReport } from '../src/import/importReport.js';
import { EN_PRINT_LABELS } from '../test/printLabels.js';
import { syntheticProject } from '../test/synthetic.js';
import { translateWithRealEnglish } from '../test/translatedProject.js';
import { measurePages } from './deliver.js';

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
 * PDF export with the command line's printer. The fully translated 2,000-paragraph project side by side
 * (the target: under 10 s and 5 MB), timed by stage, against a 20-paragraph print in the same run (the
 * ratio is what a loaded machine cannot blur), with the load average; its page images (fill and Chinese
 * inter-character gaps); the same 2,000 paragraphs with real English of a realistic length; the sample.
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
