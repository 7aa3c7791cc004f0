import type { Command } from 'commander';
import { register as mastersImport } from './masters-import.ts';
import { register as generate } from './generate.ts';
import { register as ukeCheck } from './uke-check.ts';
import { register as demo } from './demo.ts';
import { register as intake } from './intake.ts';
import { register as check } from './check.ts';
import { register as intakeStatus } from './intake-status.ts';
import { register as serve } from './serve.ts';
import { register as tokens } from './tokens.ts';
import { register as rules } from './rules.ts';
import { register as accounts } from './accounts.ts';
import { register as review } from './review.ts';
import { register as calc } from './calc.ts';
import { register as ledger } from './ledger.ts';
import { register as notices } from './notices.ts';
import { register as corrections } from './corrections.ts';
import { register as bills } from './bills.ts';
import { register as settlement } from './settlement.ts';
import { register as pooling } from './pooling.ts';

/** Every command of `kokuho`. Add a line per new command file. */
export const COMMANDS: ((program: Command) => void)[] = [
  mastersImport,
  generate,
  ukeCheck,
  demo,
  intake,
  check,
  intakeStatus,
  serve,
  tokens,
  rules,
  accounts,
  review,
  calc,
  ledger,
  notices,
  bills,
  corrections,
  settlement,
  pooling,
];
