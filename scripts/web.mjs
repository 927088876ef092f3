#!/usr/bin/env node
// `npm run web -- [report-or-project] [--port N] [--workspace DIR]`: builds the renderer and web mode's
// server only when their sources changed since the last build, then serves the UI on 127.0.0.1.
import { pathToFileURL } from 'node:url';
import { ensureNode, ensureRenderer, WEB_BUNDLE } from './build.mjs';

if (await ensureRenderer({ quiet: true })) process.stderr.write('Duizhao web mode: built the UI.\n');
await ensureNode({ quiet: true });
await import(pathToFileURL(WEB_BUNDLE).href);
