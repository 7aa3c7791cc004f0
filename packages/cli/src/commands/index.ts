import type { Command } from 'commander';

/** Every command of `kokuho`. Add a line per new command file. */
export const COMMANDS: ((program: Command) => void)[] = [];
