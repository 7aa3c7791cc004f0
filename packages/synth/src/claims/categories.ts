/** 診療識別 (別表20) of a procedure from the master's 点数欄集計先識別 (入院外). */
import type { TreatmentCategoryCode } from '@kokuho/core/uke';

const BY_TALLY: Readonly<Record<string, TreatmentCategoryCode>> = {
  '110': '11', '120': '12', '122': '12', '123': '12', '124': '12', '125': '12', '130': '13', '140': '14',
  '210': '21', '230': '23', '250': '25', '260': '26', '270': '27', '300': '31', '311': '31', '321': '32', '331': '33',
  '400': '40', '500': '50', '502': '50', '540': '54', '600': '60', '700': '70', '800': '80',
};

export function categoryOfTally(tally: string): TreatmentCategoryCode | undefined {
  return BY_TALLY[tally];
}
