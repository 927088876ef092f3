#!/usr/bin/env node
// The `duizhao` command: runs the built command line (out/cli/duizhao.mjs), building it first when it
// is missing or older than its sources. No TypeScript is compiled at run time.
import { CLI_BUNDLE, ensureNode } from '../scripts/build.mjs';
import { pathToFileURL } from 'node:url';

await ensureNode({ quiet: true });
await import(pathToFileURL(CLI_BUNDLE).href);
