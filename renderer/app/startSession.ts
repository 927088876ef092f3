import type { AppInfo, SessionStart } from '../../src/api/contract.js';
import type { Backend } from '../platform/index.js';

/** What the window needs at start, asked for once. */
export interface Startup {
  readonly info: AppInfo;
  readonly session: SessionStart;
}

/** Asks the back end for its mode and the project to show, both at once. */
export function startSession(backend: Backend): Promise<Startup> {
  performance.mark('duizhao:session-request');
  return Promise.all([backend.invoke('app.info', {}), backend.invoke('session.start', {})]).then(([info, session]) => {
    performance.mark('duizhao:session-response');
    return { info, session };
  });
}
