import { promises as fs } from 'node:fs';
import { dirname } from 'node:path';
import { AppError } from './appError.js';
import { saveFile } from './atomicWrite.js';

/** The file of the user's own words in the data folder: one word a line, UTF-8. */
export const USER_WORDS_FILE_NAME = 'my-words.txt';

/** A word the spell checker can learn: letters with inner apostrophes or hyphens, at most 64 characters. */
const WORD = /^[\p{L}][\p{L}\p{M}'’-]{0,63}$/u;

/**
 * The user's own spellings (names, pinyin, house style), kept across projects in a small text file the
 * user may also edit by hand. A line that is not a word is left out when read.
 */
export class UserWords {
  constructor(private readonly file: string) {}

  async read(): Promise<string[]> {
    const text = await fs.readFile(this.file, 'utf8').catch(() => '');
    return [...new Set(text.split(/\r?\n/).map((l) => l.trim()).filter((l) => WORD.test(l)))].sort((a, b) => a.localeCompare(b));
  }

  /** Adds a word (refused with `spelling.notAWord` when it is not one) and answers the list. */
  async add(word: string): Promise<string[]> {
    const clean = word.trim();
    if (!WORD.test(clean)) throw new AppError('spelling.notAWord', { word: clean.slice(0, 80) });
    return this.write([...(await this.read()).filter((w) => w !== clean), clean]);
  }

  /** Removes a word; answers the list. */
  async remove(word: string): Promise<string[]> {
    return this.write((await this.read()).filter((w) => w !== word.trim()));
  }

  private async write(words: string[]): Promise<string[]> {
    const sorted = [...new Set(words)].sort((a, b) => a.localeCompare(b));
    await fs.mkdir(dirname(this.file), { recursive: true });
    await saveFile(this.file, sorted.map((w) => `${w}\n`).join(''));
    return sorted;
  }
}
