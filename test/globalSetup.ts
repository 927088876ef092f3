import { ensureNode } from '../scripts/build.mjs';

/** Tests spawn the built command line and web mode: build them once, before any test, if their sources changed. */
export async function setup(): Promise<void> {
  await ensureNode({ quiet: true });
}
