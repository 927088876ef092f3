import { ensureNode, ensureRenderer } from '../scripts/build.mjs';

/** Browser tests run the built web mode and UI: build them once, before any test, if their sources changed. */
export async function setup(): Promise<void> {
  await ensureNode({ quiet: true });
  await ensureRenderer({ quiet: true });
}
