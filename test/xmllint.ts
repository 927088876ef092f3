import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Validates XML with xmllint (libxml2-utils), as the README's test set-up installs it; throws with xmllint's report when invalid. */
export function xmllint(xml: string, args: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'duizhao-xml-'));
  const file = join(dir, 'out.xml');
  writeFileSync(file, xml);
  return execFileSync('xmllint', ['--noout', ...args, file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}
