/**
 * `kokuho` — the command line of the system. Each command lives in its own file under
 * commands/ and registers itself on the program. Exit codes: 0 success, 1 the input had
 * errors (e.g. an invalid claim file), 2 usage or environment errors.
 */
import { Command, CommanderError } from 'commander';
import { COMMANDS } from './commands/index.ts';
import { UsageError } from './usage-error.ts';

// Piping into `head` closes stdout early: that is the reader's choice, not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

const program = new Command('kokuho')
  .description('国保連合会 審査支払システム (kokuho)')
  .showHelpAfterError()
  .exitOverride();
for (const register of COMMANDS) register(program);

try {
  await program.parseAsync(process.argv);
} catch (e) {
  if (e instanceof CommanderError) process.exit(e.exitCode === 0 ? 0 : 2);
  if (e instanceof UsageError) {
    console.error(`kokuho: ${e.message}`);
    process.exit(2);
  }
  console.error(e instanceof Error ? (e.stack ?? e.message) : e);
  process.exit(2);
}
