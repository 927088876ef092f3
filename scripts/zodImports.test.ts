import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

describe('zod imports', () => {
  it('import zod as a namespace everywhere, so the bundles keep only what is used (not its locales)', () => {
    // `import { z } from 'zod'` hands esbuild zod's whole namespace as one value: every locale, half a
    // megabyte each command would compile at start, would be bundled.
    const files = execFileSync('git', ['ls-files', 'src', 'main', 'renderer'], { encoding: 'utf8' }).split('\n').filter((f) => /\.tsx?$/.test(f));
    expect(files.filter((f) => readFileSync(f, 'utf8').includes("import { z } from 'zod'"))).toEqual([]);
  });
});
