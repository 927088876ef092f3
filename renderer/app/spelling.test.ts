import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Channel, Request, Response } from '../../src/api/contract.js';
import { spellingHandlers } from '../../main/node/spellingHandlers.js';
import { USER_WORDS_FILE_NAME, UserWords } from '../../main/node/userWords.js';
import type { Backend } from '../platform/backend.js';
import { Spelling } from './spelling.js';

/** A back end with the real spelling handlers over a temporary words file. */
function backend(): Backend {
  const handlers = spellingHandlers(new UserWords(join(mkdtempSync(join(tmpdir(), 'duizhao-spelling-ui-')), USER_WORDS_FILE_NAME)));
  return {
    mode: 'web',
    invoke: async <C extends Channel>(channel: C, args: Request<C>): Promise<Response<C>> => {
      const handler = handlers[channel as keyof typeof handlers] as unknown as ((a: Request<C>) => Promise<Response<C>>) | undefined;
      if (!handler) throw new Error(`no handler for ${channel}`);
      return handler(args);
    },
    onMenuCommand: () => () => undefined,
  };
}

describe('the editor’s spell checker', () => {
  it('has no checker until loaded, then flags and suggests; a word added is accepted at once and kept', async () => {
    const spelling = new Spelling(backend());
    expect(spelling.checker).toBeNull();
    expect(spelling.suggestions('goverment')).toEqual([]);
    let heard = 0;
    spelling.subscribe(() => heard++);
    await spelling.load();
    expect(heard).toBe(1);
    expect(spelling.checker?.misspellings('The goverment will reform the hukou system.').map((m) => m.word)).toEqual(['goverment', 'hukou']);
    expect(spelling.suggestions('goverment')).toContain('government');
    await spelling.addWord('hukou');
    expect(heard).toBe(2);
    expect(spelling.checker?.misspellings('The goverment will reform the hukou system.').map((m) => m.word)).toEqual(['goverment']);
    await expect(spelling.addWord('not a word')).rejects.toMatchObject({ code: 'spelling.notAWord' });
  });
});
