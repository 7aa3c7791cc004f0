import type { DrugEntry } from './master-types.ts';
import { Y_COL as Y } from './master-layouts.ts';
import { date, flag, hundredths, int, text } from './field-readers.ts';

export function toDrugEntry(cols: readonly string[]): DrugEntry {
  return {
    kind: 'Y',
    code: text(cols, 2),
    name: text(cols, Y.name),
    fullName: text(cols, Y.fullName),
    kanaName: text(cols, Y.kanaName),
    changedOn: date(cols, Y.changedOn),
    abolishedOn: date(cols, Y.abolishedOn),
    unitCode: int(cols, Y.unitCode),
    unitName: text(cols, Y.unitName),
    priceType: int(cols, Y.priceType),
    price100: hundredths(cols, Y.price),
    oldPriceType: int(cols, Y.oldPriceType),
    oldPrice100: hundredths(cols, Y.oldPrice),
    narcoticClass: int(cols, Y.narcotic),
    neurolytic: flag(cols, Y.neurolytic),
    biological: flag(cols, Y.biological),
    generic: flag(cols, Y.generic),
    contrastClass: int(cols, Y.contrast),
    injectionVolume: int(cols, Y.injectionVolume),
    listingMethod: int(cols, Y.listingMethod),
    brandRelationCode: text(cols, Y.brandRelation),
    dosageForm: int(cols, Y.dosageForm),
    yjCode: text(cols, Y.yjCode),
    transitionalUntil: date(cols, Y.transitionalUntil),
    listedOn: date(cols, Y.listedOn),
    genericNameCode: text(cols, Y.genericNameCode),
    genericNameLabel: text(cols, Y.genericNameLabel),
    genericPrescriptionClass: int(cols, Y.genericPrescription),
    antiHivClass: int(cols, Y.antiHiv),
    longListedRelation: text(cols, Y.longListed),
    selectiveCareClass: text(cols, Y.selectiveCare),
    raw: cols,
  };
}
