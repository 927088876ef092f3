import { fileURLToPath } from 'node:url';
import { resolveConfig } from 'electron-vite';
import { build, type Rolldown } from 'vite';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Builds the Electron main process with the project's electron-vite config, in memory (no Electron binary needed). */
async function buildMain(): Promise<Rolldown.OutputChunk[]> {
  const resolved = await resolveConfig({ configFile: `${ROOT}electron.vite.config.ts`, logLevel: 'silent' }, 'build', 'production');
  const main = resolved.config?.main;
  if (!main) throw new Error('electron.vite.config.ts has no main build');
  const output = await build({ ...main, logLevel: 'silent', build: { ...main.build, write: false } });
  const outputs = (Array.isArray(output) ? output : [output]) as Rolldown.RolldownOutput[];
  return outputs.flatMap((o) => o.output.filter((f): f is Rolldown.OutputChunk => f.type === 'chunk'));
}

describe('the Electron main bundle', () => {
  it('carries no test tool: no playwright-core, bundled or imported, and no direct eval', { timeout: 120_000 }, async () => {
    const chunks = await buildMain();
    expect(chunks.length).toBeGreaterThan(0);
    const code = chunks.map((c) => c.code).join('\n');
    expect(chunks.flatMap((c) => c.moduleIds).filter((id) => id.includes('playwright'))).toEqual([]);
    expect(chunks.flatMap((c) => [...c.imports, ...c.dynamicImports]).filter((id) => /playwright|tsx/.test(id))).toEqual([]);
    expect(code).not.toMatch(/["'`]playwright(-core)?["'`/]/); // as a module specifier, bundled or not (comments may name it)
    expect(code).not.toMatch(/\beval\(/);
    // It prints with Electron's printToPDF, and stays small: services, handlers and the contract.
    expect(code).toContain('printToPDF');
    expect(code.length).toBeLessThan(1_500_000);
  });
});
