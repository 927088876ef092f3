#!/usr/bin/env node
// `npm start`: the desktop app where Electron is installed; otherwise web mode, saying why in one line.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** The Electron executable if its binary was downloaded; never triggers the download itself. */
function electronBinary() {
  const dir = join(root, 'node_modules', 'electron');
  const pathFile = join(dir, 'path.txt');
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const name = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null;
  if (override) return existsSync(join(override, name ?? 'electron')) ? join(override, name ?? 'electron') : null;
  if (!name) return null;
  const binary = join(dir, 'dist', name);
  return existsSync(binary) ? binary : null;
}

function run(command, commandArgs) {
  const result = spawnSync(command, commandArgs, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const binary = electronBinary();
const noDisplay = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
if (binary && !noDisplay) {
  run(npm, ['run', '--silent', 'build']);
  const child = spawn(binary, [root, ...args], { cwd: root, stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  const why = binary ? 'there is no display (DISPLAY is not set)' : 'the Electron binary is not installed here (node_modules/electron has no dist)';
  console.log(`Duizhao: ${why}; starting web mode instead.`);
  const child = spawn(process.execPath, [join(root, 'scripts/web.mjs'), ...args], { cwd: root, stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code) => process.exit(code ?? 0));
}
