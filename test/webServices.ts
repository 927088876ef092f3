import { chromiumPrinter } from '../main/node/chromiumPrinter.js';
import { createServices, type Services } from '../main/node/services.js';
import { fixturePath, SAMPLE } from './corpus.js';

/** The back end as web mode builds it, over a test's own workspace and data folder. */
export function webServices(workspace: string, home: string): Services {
  return createServices({
    mode: 'web',
    printer: chromiumPrinter,
    version: 'test',
    dataDir: home,
    workspace,
    samplePath: fixturePath(SAMPLE),
    starterGlossaryPath: fixturePath('../../assets/glossary/starter.duizhao-glossary'),
    glossaryDir: workspace,
    launch: null,
  });
}
