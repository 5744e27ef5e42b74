#!/usr/bin/env node
// Runs the BUILT tifa CLI (dist/) with the archive commands, adding any the lead has not wired into
// main.ts yet, so the archive end-to-end tests exercise the real worker threads and process exits.
import { buildProgram } from '../../dist/src/cli/main.js';
import { registerTagCommand } from '../../dist/src/cli/tag-command.js';
import { registerTrendsCommand } from '../../dist/src/cli/trends-command.js';
import { registerPeopleCommand } from '../../dist/src/cli/people-command.js';
import { registerClustersCommand } from '../../dist/src/cli/clusters-command.js';
import { registerDiscoverCommand } from '../../dist/src/cli/discover-command.js';
import { registerArchiveBenchCommand } from '../../dist/src/cli/archive-bench-command.js';

const program = buildProgram();
const have = new Set(program.commands.map((c) => c.name()));
const add = { tag: registerTagCommand, trends: registerTrendsCommand, people: registerPeopleCommand, clusters: registerClustersCommand, discover: registerDiscoverCommand, 'archive-bench': registerArchiveBenchCommand };
for (const [name, register] of Object.entries(add)) {
  if (have.has(name)) continue;
  register(program);
  program.commands.at(-1).exitOverride();
}
try {
  await program.parseAsync(process.argv);
} catch (err) {
  if (err && typeof err.code === 'string' && err.code.startsWith('commander.')) process.exitCode = err.code === 'commander.helpDisplayed' || err.code === 'commander.help' ? 0 : 2;
  else { process.stderr.write(`${err && err.message ? err.message : String(err)}\n`); process.exitCode = 1; }
}
