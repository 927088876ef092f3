/**
 * The child of the kill test: saves a project and a glossary through the app's real save path, over
 * and over, alternating two versions of each, until it is killed. Arguments: project path, glossary
 * path, and a JSON file holding both versions of each. It starts saving when told to (a line on stdin).
 */
import { readFileSync } from 'node:fs';
import type { Glossary } from '../src/glossary/glossaryFile.js';
import type { ProjectFile } from '../src/document/projectFile.js';
import { writeGlossary } from '../main/node/glossaryFiles.js';
import { writeProject } from '../main/node/projectFiles.js';

const [projectPath, glossaryPath, versionsPath] = process.argv.slice(2) as [string, string, string];
const versions = JSON.parse(readFileSync(versionsPath, 'utf8')) as { projects: [ProjectFile, ProjectFile]; glossaries: [Glossary, Glossary] };
// Loaded: the test starts the next child while it kills this one, and lets it save once the files are
// its own (a line on stdin).
process.stdout.write('loaded\n');
await new Promise((resolve) => process.stdin.once('data', resolve));
// A first cycle rewrites what is on disk (version 0), so modules are loaded and the disk warm before
// the kill window opens; its length tells the killer how long a cycle takes on this machine now.
const started = performance.now();
await writeProject(projectPath, versions.projects[0]);
await writeGlossary(glossaryPath, versions.glossaries[0]);
process.stdout.write(`ready ${Math.ceil(performance.now() - started)}\n`);
for (let i = 1; ; i++) {
  await writeProject(projectPath, versions.projects[i % 2] as ProjectFile);
  await writeGlossary(glossaryPath, versions.glossaries[i % 2] as Glossary);
}
