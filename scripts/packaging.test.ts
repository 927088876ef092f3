import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (path: string): Record<string, unknown> => JSON.parse(readFileSync(new URL(`../${path}`, import.meta.url), 'utf8')) as Record<string, unknown>;

describe('packaging (electron-builder.json)', () => {
  const config = read('electron-builder.json');
  const scheme = read('node_modules/app-builder-lib/scheme.json') as { properties: Record<string, unknown>; definitions: Record<string, { properties: Record<string, unknown> }> };

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
