import type { TFunction } from 'i18next';
import { toWireError } from '../node/appError.js';
import { cliTranslator, errorText } from './i18n.js';
import type { Progress } from './progress.js';

/** Output and exit status of a CLI run, so tests call the CLI as a function. */
export interface CliIo {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
  readonly cwd: string;
  readonly now: () => Date;
  /** Where the user's memory lives (tests give a temporary folder); default DUIZHAO_HOME or ~/.config/duizhao. */
  readonly dataDir?: string;
  /** Progress of long work; absent when nobody watches (piped output, `--json`, tests). */
  readonly progress?: Progress;
}

/** One command: its arguments (after the command's name) in, exit status out: 0 done, 1 refused, 2 misuse. */
export type Command = (args: string[], io: CliIo, t: TFunction) => Promise<number>;

/**
 * The commands, each loaded only when it runs, so `duizhao --help` or `info` never pays for the PDF
 * printer, the number recognizers or the XML readers. A new command is one line here and a module
 * exporting `run`; the build turns each of these imports into a chunk of its own.
 */
const COMMANDS: Readonly<Record<string, () => Promise<{ run: Command }>>> = {
  import: () => import('./importCommand.js'),
  info: () => import('./info.js'),
  terms: () => import('./terms.js'),
  qa: () => import('./qa.js'),
  export: () => import('./export.js'),
  merge: () => import('./merge.js'),
  pretranslate: () => import('./pretranslate.js'),
  analyse: () => import('./analyse.js'),
  tm: () => import('./tm.js'),
  align: () => import('./align.js'),
  dict: () => import('./dict.js'),
};

/** The names of the commands, in the order `duizhao --help` lists them (its usage text must name each). */
export const COMMAND_NAMES: readonly string[] = Object.keys(COMMANDS);

/** Runs the command line (`duizhao import | info …`) and returns its exit status: 0 done, 1 refused, 2 misuse. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const t = await cliTranslator();
  const [command, ...rest] = argv;
  if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
    io.out(t('cli.usage'));
    return command === undefined ? 2 : 0;
  }
  const load = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
  if (!load) {
    io.err(t('cli.unknownCommand', { command }));
    io.err(t('cli.usage'));
    return 2;
  }
  try {
    return await (await load()).run(rest, io, t);
  } catch (error) {
    if (error instanceof TypeError && (error as NodeJS.ErrnoException).code?.startsWith('ERR_PARSE_ARGS')) {
      io.err(t('cli.error', { message: error.message }));
      return 2;
    }
    io.err(t('cli.error', { message: errorText(t, toWireError(error)) }));
    return 1;
  }
}
