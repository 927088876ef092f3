import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);

/** electron-builder's own config loader, so the test reads the file exactly as packaging does. */
const { findAndReadConfig } = require('app-builder-lib/out/util/config/load.js') as {
  findAndReadConfig: (request: { projectDir: string; configFilename: string; packageKey: string }) => Promise<{ result: Record<string, unknown>; configFile: string } | null>;
};

describe('packaging (electron-builder.yml)', () => {
  let config: Record<string, unknown>;
  let configFile: string;
  beforeAll(async () => {
    const found = await findAndReadConfig({ projectDir: ROOT, configFilename: 'electron-builder', packageKey: 'build' });
    if (!found) throw new Error('electron-builder finds no configuration');
    ({ result: config, configFile } = found);
  });
  const scheme = JSON.parse(readFileSync(require.resolve('app-builder-lib/scheme.json'), 'utf8')) as { properties: Record<string, unknown>; definitions: Record<string, { properties: Record<string, unknown> }> };

  it('is the top-level YAML file electron-builder reads, and the only one', () => {
    expect(configFile).toBe(`${ROOT}electron-builder.yml`);
    for (const other of ['json', 'json5', 'yaml', 'toml', 'js', 'cjs', 'ts']) expect(existsSync(`${ROOT}electron-builder.${other}`), other).toBe(false);
    expect((JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')) as Record<string, unknown>)['build']).toBeUndefined();
  });

  it('flips the fuses: no run-as-Node, no NODE_OPTIONS or inspect arguments, the app only from an asar checked for integrity', () => {
    expect(config['asar']).toBe(true);
    expect(config['electronFuses']).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
    });
  });

  it('uses only options electron-builder knows, and packs every asset the app reads', () => {
    for (const key of Object.keys(config)) expect(Object.keys(scheme.properties), key).toContain(key);
    const fuses = scheme.definitions['FuseOptionsV1']?.properties ?? {};
    for (const key of Object.keys(config['electronFuses'] as object)) expect(Object.keys(fuses), key).toContain(key);
    const appPaths = readFileSync(new URL('../main/node/appPaths.ts', import.meta.url), 'utf8');
    const assets = [...appPaths.matchAll(/\.\.\/\.\.\/(assets\/[a-z]+)\//g)].map((m) => m[1]);
    expect(assets.length).toBeGreaterThan(1);
    for (const dir of assets) expect(config['files'] as string[]).toContain(`${dir}/**/*`);
  });
});
