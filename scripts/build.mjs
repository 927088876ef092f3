// Ahead-of-time builds of what runs in plain Node (the command line and web mode's server) and of the
// renderer, each redone only when one of its inputs changed since it was built.
//
//   node scripts/build.mjs [node|renderer|all] [--if-stale]
//
// The launchers (bin/duizhao.mjs, scripts/web.mjs) import this file to check freshness: that costs a
// stat of each input the last build recorded, and loads no bundler unless a build is due.
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The command line's folder: `duizhao.mjs` (the `duizhao` command), `web.mjs` (web mode) and their shared chunks. */
export const NODE_OUT = join(ROOT, 'out', 'cli');
export const CLI_BUNDLE = join(NODE_OUT, 'duizhao.mjs');
export const WEB_BUNDLE = join(NODE_OUT, 'web.mjs');
export const RENDERER_OUT = join(ROOT, 'out', 'renderer');

/** Files every build depends on besides its sources: a changed dependency or build recipe rebuilds. */
const ALWAYS = ['package.json', 'package-lock.json', 'scripts/build.mjs'];

/** Each build's inputs (paths relative to the root) with the stamp of each as the build read it, beside its output. */
const manifestOf = (outDir) => join(outDir, '.inputs.json');

/**
 * A file's stamp: its modification time and size. A source whose stamp differs in any way from the
 * one recorded (newer, but also older, as when files are restored from an archive or copied with
 * their times) makes the build stale.
 */
function stampOf(path) {
  const stat = statSync(path);
  return `${stat.mtimeMs}:${stat.size}`;
}

export function recordInputs(outDir, startedAt, inputs) {
  const files = {};
  for (const file of [...new Set([...ALWAYS, ...inputs])].sort()) {
    let stamp;
    try {
      const stat = statSync(join(ROOT, file));
      // Changed while the build ran: what was built may be the old text, so the next start builds again.
      stamp = stat.mtimeMs > startedAt ? 'changed-during-build' : `${stat.mtimeMs}:${stat.size}`;
    } catch {
      stamp = 'missing';
    }
    files[file] = stamp;
  }
  const path = manifestOf(outDir);
  mkdirSync(outDir, { recursive: true });
  writeFileSync(`${path}.tmp`, JSON.stringify({ startedAt, files }));
  renameSync(`${path}.tmp`, path);
}

/**
 * Whether the build in `outDir` is missing or was made from other sources than those on disk now:
 * the stamp (modification time and size) of one of its inputs differs from the one recorded, or an
 * input is gone. It costs a stat per input, no reading and no bundler. Where the sources are not
 * there at all (an installed package carries only the bundle), the build is what there is.
 */
export function isStale(outDir, entry) {
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(manifestOf(outDir), 'utf8'));
    statSync(entry);
  } catch {
    return true;
  }
  if (!existsSync(join(ROOT, 'main'))) return false;
  // A record of the earlier kind (a list of files without stamps) is stale: built again once.
  if (typeof manifest.files !== 'object' || manifest.files === null || Array.isArray(manifest.files)) return true;
  for (const [file, stamp] of Object.entries(manifest.files)) {
    let now;
    try {
      now = stampOf(join(ROOT, file));
    } catch {
      return true;
    }
    if (now !== stamp) return true;
  }
  return false;
}

/**
 * Bundles the command line and web mode's server for Node 20 as ES modules with esbuild. Each
 * `await import()` in the code becomes a chunk of its own, loaded only when that path runs: a command
 * loads its own dependencies (the PDF printer, the number recognizers, XML…) and `--help` loads none.
 */
export async function buildNode({ quiet = false } = {}) {
  const { build } = await import('esbuild');
  const startedAt = Date.now();
  // Two builds may run at once (two duizhao commands, two test projects): each in a folder of its own.
  const temp = `${NODE_OUT}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: { duizhao: 'main/cli/main.ts', web: 'main/node/webMain.ts' },
    ...NODE_BUNDLE,
    outdir: temp,
    splitting: true,
    outExtension: { '.js': '.mjs' },
    // Chunks sit beside the entries, so `import.meta.url` resolves `../../assets` to the root from each.
    chunkNames: '[name]-[hash]',
    minifyWhitespace: true,
    minifySyntax: true,
    metafile: true,
    logLevel: quiet ? 'error' : 'warning',
  });
  const inputs = Object.keys(result.metafile.inputs).filter((p) => !p.startsWith('node_modules/') && !p.includes('/node_modules/'));
  recordInputs(temp, startedAt, inputs);
  // Swap the whole folder, so a running duizhao never sees half of one build and half of another.
  const old = `${temp}.old`;
  try {
    renameSync(NODE_OUT, old);
  } catch {
    // no earlier build
  }
  try {
    renameSync(temp, NODE_OUT);
  } catch (error) {
    // Another process finished the same build first: keep its output.
    rmSync(temp, { recursive: true, force: true });
    if (!existsSync(CLI_BUNDLE)) throw error;
  }
  rmSync(old, { recursive: true, force: true });
  if (!quiet) process.stderr.write(`Built the command line and web mode into ${relative(process.cwd(), NODE_OUT) || NODE_OUT}\n`);
}

/** The options every Node bundle of ours shares. */
const NODE_BUNDLE = {
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Launches Chromium with files of its own; loaded from node_modules only when a PDF is printed.
  external: ['playwright-core', 'esbuild'],
  // Bundled CommonJS packages call require() for Node's modules.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  legalComments: 'none',
};

/**
 * Bundles one script (a test's child process, say) into `outfile` for Node, so a test spawns plain
 * JavaScript rather than compiling TypeScript in every child.
 */
export async function buildScript(entry, outfile) {
  const { build } = await import('esbuild');
  await build({ ...NODE_BUNDLE, absWorkingDir: ROOT, entryPoints: [entry], outfile, logLevel: 'error' });
  return outfile;
}

/** Builds the renderer with Vite (vite.renderer.config.ts), recording the modules it read. */
export async function buildRenderer({ quiet = false } = {}) {
  const { build } = await import('vite');
  const startedAt = Date.now();
  const inputs = new Set(['vite.renderer.config.ts']);
  await build({
    configFile: join(ROOT, 'vite.renderer.config.ts'),
    logLevel: quiet ? 'error' : 'warn',
    plugins: [
      {
        name: 'duizhao:record-inputs',
        generateBundle() {
          for (const id of this.getModuleIds()) {
            const path = id.split('?')[0];
            if (path && !path.startsWith('\0') && path.startsWith(ROOT) && !path.includes('/node_modules/')) inputs.add(relative(ROOT, path));
          }
        },
      },
    ],
  });
  recordInputs(RENDERER_OUT, startedAt, inputs);
}

/** Builds the command line and web mode's server if they are missing or stale; true when it built. */
export async function ensureNode(options) {
  // One record for both entries: its inputs are stamped once.
  if (existsSync(WEB_BUNDLE) && !isStale(NODE_OUT, CLI_BUNDLE)) return false;
  await buildNode(options);
  return true;
}

/** Builds the renderer if it is missing or stale; true when it built. */
export async function ensureRenderer(options) {
  if (!isStale(RENDERER_OUT, join(RENDERER_OUT, 'index.html'))) return false;
  await buildRenderer(options);
  return true;
}

if (import.meta.url === pathToFileURL(resolve(process.argv[1] ?? '')).href) {
  const target = process.argv[2] ?? 'all';
  const ifStale = process.argv.includes('--if-stale');
  const node = target === 'node' || target === 'all';
  const renderer = target === 'renderer' || target === 'all';
  if (!node && !renderer) {
    process.stderr.write('usage: node scripts/build.mjs [node|renderer|all] [--if-stale]\n');
    process.exit(2);
  }
  if (node) await (ifStale ? ensureNode() : buildNode());
  if (renderer) await (ifStale ? ensureRenderer() : buildRenderer());
}

