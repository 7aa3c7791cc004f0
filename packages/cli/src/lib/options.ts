/** The options several commands share, checked once: a usage error (exit 2) names the option. */
import { isPrefectureCode, type FederationCode, type YearMonth } from '@kokuho/core/common';
import { UsageError } from '../usage-error.ts';

export function federationOption(value: string): FederationCode {
  if (!isPrefectureCode(value)) throw new UsageError(`--federation は 01〜47 の2桁です: ${value}`);
  return value;
}

export function monthOption(value: string): YearMonth {
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(value)) throw new UsageError(`--month は YYYY-MM です: ${value}`);
  return value;
}
