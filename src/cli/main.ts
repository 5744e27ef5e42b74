/**
 * The `tifa` command line: one file per command, all reaching the library through `src/index.ts`.
 * Exit codes: 0 ok, 1 bad input or resource, 2 usage.
 */
import { Command, CommanderError } from 'commander';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { registerAnnotateCommand } from './annotate-command.js';
import { registerArchiveBenchCommand } from './archive-bench-command.js';
import { registerBenchCommand } from './bench-command.js';
import { registerClustersCommand } from './clusters-command.js';
import { registerDiscoverCommand } from './discover-command.js';
import { registerEvalCommand } from './eval-command.js';
import { registerNamedCommands } from './named-command.js';
import { registerPeopleCommand } from './people-command.js';
import { registerTagCommand } from './tag-command.js';
import { registerThemesCommand } from './themes-command.js';
import { registerTrainCommand } from './train-command.js';
import { registerTrendsCommand } from './trends-command.js';

/** The package root (bin/ and dist/ both sit below it). */
function root(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsPackage(dir)) {
    const up = dirname(dir);
    if (up === dir) return process.cwd();
    dir = up;
  }
  return dir;
}

function existsPackage(dir: string): boolean {
  try { return (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string }).name === 'tifa'; } catch { return false; }
}

/** Builds the program (exported for tests). */
export function buildProgram(): Command {
  const pkgRoot = root();
  const version = (JSON.parse(readFileSync(join(pkgRoot, 'package.json'), 'utf8')) as { version: string }).version;
  const program = new Command('tifa')
    .description('提法 — people, roles, places, organizations, times and policy themes in Chinese news text')
    .version(version)
    .showHelpAfterError('(run tifa --help for usage)')
    .exitOverride();
  registerAnnotateCommand(program);
  registerThemesCommand(program);
  registerTagCommand(program);
  registerTrendsCommand(program);
  registerPeopleCommand(program);
  registerNamedCommands(program);
  registerClustersCommand(program);
  registerDiscoverCommand(program);
  registerTrainCommand(program);
  registerEvalCommand(program);
  registerBenchCommand(program, pkgRoot);
  registerArchiveBenchCommand(program);
  for (const c of program.commands) c.exitOverride();
  return program;
}

/** Runs the CLI with `argv` (process.argv shape). */
export async function main(argv: readonly string[]): Promise<void> {
  const program = buildProgram();
  try {
    await program.parseAsync([...argv]);
  } catch (err) {
    if (err instanceof CommanderError) {
      process.exitCode = err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help' ? 0 : 2;
      return;
    }
    throw err;
  }
}
