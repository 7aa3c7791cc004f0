/**
 * Providers that habitually bill what a 審査委員 cuts on medical judgement: a few 医科 providers
 * add a favourite test panel unrelated to the diagnoses, or give outpatients a drip where pills
 * would do. A provider's habit is a pure function of (seed, district, slot), so it is the same
 * every month the seed generates: a model learned from last month's reviews can know it again.
 */
import type { SynthProvider } from '../providers/provider-types.ts';
import { Rng } from '../random/rng.ts';
import { SALT } from '../random/salts.ts';
import type { ErrorKind } from './error-kinds.ts';

export type JudgementKind = Extract<ErrorKind, 'excessive-tests' | 'excessive-injection'>;
export const JUDGEMENT_KINDS: readonly JudgementKind[] = ['excessive-tests', 'excessive-injection'];

export interface ProviderHabit {
  kind: JudgementKind;
  /** Index into TEST_PANELS: the panel the provider adds (excessive-tests). */
  panel: number;
}

/** One 医科 provider in this many has a habit (every district has some: its slots are spread by an offset). */
export const HABIT_EVERY = 6;
/** Planting rate per eligible claim, as a multiple of the month's error rate: at a habitual provider, elsewhere. */
export const HABIT_RATE = 1.2;
export const BACKGROUND_RATE = 0.05;

export function habitOf(seed: number, p: SynthProvider, panels: number): ProviderHabit | undefined {
  if (p.feeTable !== '1') return undefined;
  const offset = new Rng(seed, SALT.habits, p.district).int(HABIT_EVERY);
  if ((p.slot + offset) % HABIT_EVERY !== 0) return undefined;
  const rng = new Rng(seed, SALT.habits, p.district, p.slot);
  return { kind: rng.chance(0.6) ? 'excessive-tests' : 'excessive-injection', panel: rng.int(panels) };
}
