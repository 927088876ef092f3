import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseGlossary } from '../src/glossary/glossaryFile.js';
import { writeMartif } from '../src/glossary/writeTbx.js';
import { importReport } from '../src/import/importReport.js';
import { projectUnits } from '../src/tm/memoryUnit.js';
import { readMemoryImport } from '../src/tm/importMemory.js';
import { planPretranslation } from '../src/tm/pretranslate.js';
import { TmIndex } from '../src/tm/tmIndex.js';
import { ensureNode, ensureRenderer } from '../scripts/build.mjs';
import { canMeasureMemory, median, timeProcess, type ProcessRun } from './processes.js';

type Record = (name: string, value: number, unit: string) => void;

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const BIN = join(ROOT, 'bin/duizhao.mjs');
const NODE = process.execPath;
const REPORTS = ['nanan_district_2024_gov_work_report_zh.txt', 'national_2024_gov_work_report_zh.txt', 'chongqing_municipal_2026_gov_work_report_zh.txt'];
const GR2021 = join(ROOT, 'test/fixtures/parallel/GR2021_zh-CN_en-US.tmx');
const SAMPLE = join(ROOT, 'assets/sample/nanan_district_2024_gov_work_report_zh.txt');

/** The five commands of the batch job, in order, on the same files OmegaT gets. */
const JOB = [
  ['import', ['import', 'report.txt', '-o', 'job.duizhao', '--force']],
  ['pretranslate', ['pretranslate', 'job.duizhao', '--tm', 'GR2021.tmx', '--no-user-memory']],
  ['terms', ['terms', 'job.duizhao', '--glossary', 'glossary.tbx']],
  ['qa', ['qa', 'job.duizhao']],
  ['tmx', ['export', 'job.duizhao', '--tmx', 'job.tmx']],
] as const;

/** OmegaT's project file: Chinese into English, sentence segmentation, the default folders. */
const OMEGAT_PROJECT = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<omegat>
    <project version="1.0">
        <source_dir>__DEFAULT__</source_dir>
        <source_dir_excludes><mask>**/.svn/**</mask></source_dir_excludes>
        <target_dir>__DEFAULT__</target_dir>
        <tm_dir>__DEFAULT__</tm_dir>
        <glossary_dir>__DEFAULT__</glossary_dir>
        <glossary_file>__DEFAULT__</glossary_file>
        <dictionary_dir>__DEFAULT__</dictionary_dir>
        <source_lang>zh-CN</source_lang>
        <target_lang>en-US</target_lang>
        <source_tok>org.omegat.tokenizer.LuceneSmartChineseTokenizer</source_tok>
        <target_tok>org.omegat.tokenizer.LuceneEnglishTokenizer</target_tok>
        <sentence_seg>true</sentence_seg>
        <support_default_translations>true</support_default_translations>
        <remove_tags>false</remove_tags>
    </project>
</omegat>
`;

function omegatPath(): string | null {
  const found = spawnSync('sh', ['-c', 'command -v omegat'], { encoding: 'utf8' });
  return found.status === 0 ? found.stdout.trim() : null;
}

/** The job's inputs: the three corpus reports fifteen times over, GR2021 as the memory, the starter glossary as TBX. */
function jobInputs(dir: string): { chars: number; entries: number } {
  const texts = REPORTS.map((f) => readFileSync(join(ROOT, 'test/fixtures/reports', f), 'utf8'));
  const report = Array.from({ length: 15 }, () => texts.join('\n')).join('\n');
  writeFileSync(join(dir, 'report.txt'), report);
  cpSync(GR2021, join(dir, 'GR2021.tmx'));
  const starter = parseGlossary(readFileSync(join(ROOT, 'assets/glossary/starter.duizhao-glossary'), 'utf8'));
  if (!starter.ok) throw new Error(starter.error.code);
  writeFileSync(join(dir, 'glossary.tbx'), writeMartif(starter.value));
  return { chars: report.length, entries: starter.value.entries.length };
}

/** A fresh OmegaT project of the same inputs: the report in source/, GR2021 in tm/auto (exact matches inserted), the glossary. */
function omegatProject(base: string, inputs: string): string {
  const dir = join(base, `omegat-${Math.random().toString(36).slice(2)}`);
  for (const sub of ['source', 'target', 'tm/auto', 'glossary', 'omegat', 'dictionary']) mkdirSync(join(dir, sub), { recursive: true });
  writeFileSync(join(dir, 'omegat.project'), OMEGAT_PROJECT);
  cpSync(join(inputs, 'report.txt'), join(dir, 'source/report.txt'));
  cpSync(join(inputs, 'GR2021.tmx'), join(dir, 'tm/auto/GR2021.tmx'));
  cpSync(join(inputs, 'glossary.tbx'), join(dir, 'glossary/glossary.tbx'));
  return dir;
}

/**
 * Pre-translation of the job's report inside one process: index the memories (the project's own and
 * GR2021) and plan every paragraph; the first (cold) run and the median of the next five.
 */
export function benchPretranslate(record: Record): void {
  const texts = REPORTS.map((f) => readFileSync(join(ROOT, 'test/fixtures/reports', f), 'utf8'));
  const imported = importReport('report.txt', new TextEncoder().encode(Array.from({ length: 15 }, () => texts.join('\n')).join('\n')));
  if (!imported.ok) throw new Error(imported.error.code);
  const memory = readMemoryImport('GR2021.tmx', new Uint8Array(readFileSync(GR2021)), {});
  if (!memory.ok) throw new Error(memory.error.code);
  const doc = imported.value.doc;
  const units = memory.value.units;
  const run = (): { ms: number; filled: number } => {
    const started = performance.now();
    const plan = planPretranslation(doc, [new TmIndex(projectUnits(doc, 'report.txt')), new TmIndex(units)]);
    return { ms: performance.now() - started, filled: plan.fills.size };
  };
  const cold = run();
  const warm = Array.from({ length: 5 }, run);
  record('pretranslate_job_paragraphs', doc.childCount, 'paragraphs');
  record('pretranslate_job_filled', cold.filled, 'paragraphs');
  record('pretranslate_job_first_run', cold.ms, 'ms');
  record('pretranslate_job_median', median(warm.map((r) => r.ms)), 'ms');
}

/** Milliseconds from `npm run web`'s start until it prints its URL (the server is then stopped), and whether it built first. */
function timeWebStart(command: string, args: readonly string[], workspace: string): Promise<number> {
  return timeWebStartWithOutput(command, args, workspace).then((r) => r.ms);
}

function timeWebStartWithOutput(command: string, args: readonly string[], workspace: string): Promise<{ ms: number; built: boolean }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: ROOT, env: { ...process.env, DUIZHAO_WORKSPACE: workspace, DUIZHAO_HOME: join(workspace, 'home') }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let output = '';
    const timer = setTimeout(() => reject(new Error(`web mode printed no URL:\n${output}`)), 120_000);
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      if (!/http:\/\/127\.0\.0\.1:\d+\//.test(output)) return;
      const ms = performance.now() - started;
      clearTimeout(timer);
      child.once('exit', () => resolve({ ms, built: /built the UI/.test(output) }));
      process.kill(-(child.pid as number), 'SIGTERM');
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
  });
}

/**
 * The command line as a user meets it, each figure a fresh process (median of several): `--help`
 * next to a bare `node -e 0` in the same run, `info` on the sample, web mode's start, and the batch job
 * (import, pretranslate, terms, qa, TMX export of a 664,000-character report) side by side with
 * OmegaT 3.6's console-translate of the same report, memory and glossary.
 */
export async function benchCli(record: Record, options: { runs?: number; omegatRuns?: number } = {}): Promise<void> {
  const runs = options.runs ?? 7;
  benchPretranslate(record);
  await ensureNode({ quiet: true });
  if (!canMeasureMemory) console.log('cli: /usr/bin/time (GNU time) is missing: peak memory is not measured');
  const home = mkdtempSync(join(tmpdir(), 'duizhao-bench-cli-'));
  const env: NodeJS.ProcessEnv = { ...process.env, DUIZHAO_HOME: join(home, 'home'), LANG: 'C.UTF-8' };
  delete env['npm_lifecycle_event'];

  // Start-up: `duizhao --help` and bare Node, alternated so both see the same machine.
  const help: ProcessRun[] = [];
  const bare: ProcessRun[] = [];
  const info: ProcessRun[] = [];
  await timeProcess(NODE, [BIN, '--help'], { env }); // warm the file cache
  for (let i = 0; i < runs; i++) {
    bare.push(await timeProcess(NODE, ['-e', '0'], { env }));
    help.push(await timeProcess(NODE, [BIN, '--help'], { env }));
    info.push(await timeProcess(NODE, [BIN, 'info', SAMPLE], { env }));
  }
  const ratio = median(help.map((h, i) => h.ms / (bare[i] as ProcessRun).ms));
  record('cli_node_bare_median', median(bare.map((r) => r.ms)), 'ms');
  record('cli_node_bare_peak_rss', median(bare.map((r) => r.peakMb)), 'MB');
  record('cli_help_median', median(help.map((r) => r.ms)), 'ms');
  record('cli_help_peak_rss', median(help.map((r) => r.peakMb)), 'MB');
  record('cli_help_over_bare_node', ratio, 'x');
  record('cli_node_bare_cpu_median', median(bare.map((r) => r.cpuMs)), 'ms');
  record('cli_help_cpu_median', median(help.map((r) => r.cpuMs)), 'ms');
  record('cli_info_sample_median', median(info.map((r) => r.ms)), 'ms');
  record('cli_info_sample_peak_rss', median(info.map((r) => r.peakMb)), 'MB');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const viaNpm: number[] = [];
  const viaNpx: number[] = [];
  for (let i = 0; i < 3; i++) {
    viaNpm.push((await timeProcess(npm, ['run', '--silent', 'duizhao', '--', '--help'], { cwd: ROOT, env })).ms);
    viaNpx.push((await timeProcess('npx', ['duizhao', '--help'], { cwd: ROOT, env })).ms);
  }
  record('cli_help_via_npm_run_median', median(viaNpm), 'ms');
  record('cli_help_via_npx_median', median(viaNpx), 'ms');

  // Web mode: until the URL is printed, with the builds fresh (nothing changed since they were made:
  // the start only compares each source's stamp with the one the build recorded), next to npm's own
  // start (`npm run duizhao -- --help` above) and bare Node in the same run.
  await ensureRenderer({ quiet: true });
  const web: number[] = [];
  const webDirect: number[] = [];
  let rebuilt = 0;
  for (let i = 0; i < 3; i++) {
    web.push(await timeWebStart(npm, ['run', '--silent', 'web'], join(home, `web${i}`)));
    const direct = await timeWebStartWithOutput(NODE, [join(ROOT, 'scripts/web.mjs')], join(home, `webd${i}`));
    webDirect.push(direct.ms);
    if (direct.built) rebuilt++;
  }
  record('web_start_to_url_fresh_median', median(web), 'ms');
  record('web_start_to_url_fresh_without_npm_median', median(webDirect), 'ms');
  record('web_start_fresh_over_npm_run_help', median(web) / median(viaNpm), 'x');
  record('web_start_fresh_without_npm_over_bare_node', median(webDirect) / median(bare.map((r) => r.ms)), 'x');
  record('web_start_fresh_rebuilds', rebuilt, 'of 3');
  // After a source changed (its time set to now, its text the same): the UI is built again first.
  const source = join(ROOT, 'renderer/main.tsx');
  const now = new Date();
  utimesSync(source, now, now);
  const stale = await timeWebStartWithOutput(NODE, [join(ROOT, 'scripts/web.mjs')], join(home, 'web-stale'));
  record('web_start_to_url_after_a_source_changed', stale.ms, 'ms');
  record('web_start_after_a_source_changed_rebuilt', stale.built ? 1 : 0, 'of 1');

  // The batch job against OmegaT 3.6, round by round.
  const inputs = join(home, 'job');
  mkdirSync(inputs);
  const { chars, entries } = jobInputs(inputs);
  record('job_report_chars', chars, 'chars');
  record('job_glossary_entries', entries, 'entries');
  const omegat = omegatPath();
  if (!omegat) console.log('cli: OmegaT is not installed (apt-get install omegat): the side-by-side comparison is skipped');
  const rounds = options.omegatRuns ?? 3;
  const steps = new Map<string, ProcessRun[]>(JOB.map(([name]) => [name, []]));
  const theirs: ProcessRun[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const [name, args] of JOB) {
      const run = await timeProcess(NODE, [BIN, ...args], { cwd: inputs, env, stdout: join(home, `${name}.out`) });
      if (run.code !== 0 && !(name === 'qa' && run.code === 1)) throw new Error(`duizhao ${args.join(' ')} failed (${run.code})`);
      steps.get(name)?.push(run);
    }
    if (omegat) {
      const project = omegatProject(home, inputs);
      theirs.push(await timeProcess(omegat, [project, '--mode=console-translate'], { cwd: home, env: { ...env, HOME: join(home, 'omegat-home') }, timeoutMs: 600_000 }));
      rmSync(project, { recursive: true, force: true });
    }
  }
  const helpMs = median(help.map((r) => r.ms));
  let total = 0;
  let cpu = 0;
  let peak = 0;
  for (const [name, list] of steps) {
    const ms = median(list.map((r) => r.ms));
    total += ms;
    cpu += median(list.map((r) => r.cpuMs));
    record(`job_${name}_cpu_median`, median(list.map((r) => r.cpuMs)), 'ms');
    peak = Math.max(peak, ...list.map((r) => r.peakMb));
    record(`job_${name}_median`, ms, 'ms');
    record(`job_${name}_work_beyond_start`, ms - helpMs, 'ms');
    record(`job_${name}_peak_rss`, median(list.map((r) => r.peakMb)), 'MB');
  }
  record('job_duizhao_five_commands_total', total, 'ms');
  record('job_duizhao_five_commands_cpu', cpu, 'ms');
  record('job_duizhao_peak_rss', peak, 'MB');
  if (theirs.length) {
    const theirMs = median(theirs.map((r) => r.ms));
    const theirPeak = median(theirs.map((r) => r.peakMb));
    record('job_omegat_console_translate_median', theirMs, 'ms');
    record('job_omegat_peak_rss', theirPeak, 'MB');
    record('job_omegat_over_duizhao_time', theirMs / total, 'x');
    record('job_omegat_over_duizhao_memory', theirPeak / peak, 'x');
    const theirCpu = median(theirs.map((r) => r.cpuMs));
    record('job_omegat_cpu_median', theirCpu, 'ms');
    record('job_omegat_over_duizhao_cpu', theirCpu / cpu, 'x');
  }
  rmSync(home, { recursive: true, force: true });
}
