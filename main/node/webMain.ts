import { existsSync, mkdirSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { appVersion, RENDERER_DIR, SAMPLE_REPORT, STARTER_GLOSSARY } from './appPaths.js';
import { createServices } from './services.js';
import { chromiumPrinter } from './chromiumPrinter.js';
import { defaultDataDir, defaultWorkspace } from './dataDir.js';
import { launchTargetOf } from './launchTarget.js';
import { startWebServer } from './webServer.js';

/** `npm run web -- [report-or-project] [--port N] [--workspace DIR]`: the UI served on 127.0.0.1. */
async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { port: { type: 'string' }, workspace: { type: 'string' } },
  });
  if (!existsSync(`${RENDERER_DIR}index.html`)) {
    console.error('Duizhao web mode: the UI is not built; run `npm run build:renderer` first.');
    process.exit(1);
  }
  const workspace = values.workspace ?? defaultWorkspace();
  mkdirSync(workspace, { recursive: true });
  const services = createServices({
    mode: 'web',
    version: appVersion(),
    dataDir: defaultDataDir(),
    workspace,
    samplePath: SAMPLE_REPORT,
    starterGlossaryPath: STARTER_GLOSSARY,
    glossaryDir: workspace,
    launch: launchTargetOf(positionals[0]),
    printer: chromiumPrinter,
  });
  const port = values.port ? Number(values.port) : 0;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`Duizhao web mode: --port must be a number from 0 to 65535, not ${values.port}`);
    process.exit(2);
  }
  const server = await startWebServer({ handlers: services.handlers, staticDir: RENDERER_DIR, port });
  console.log(`Duizhao web mode: ${server.url}`);
  console.log(`Projects are saved in ${workspace}. Press Ctrl+C to stop.`);
  const stop = (): void => void server.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(`Duizhao web mode could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
