import type { DeviceEntry } from './master-types.ts';
import { T_COL as T } from './master-layouts.ts';
import { date, hundredths, int, text } from './field-readers.ts';

export function toDeviceEntry(cols: readonly string[]): DeviceEntry {
  return {
    kind: 'T',
    code: text(cols, 2),
    name: text(cols, T.name),
    fullName: text(cols, T.fullName),
    kanaName: text(cols, T.kanaName),
    changedOn: date(cols, T.changedOn),
    abolishedOn: date(cols, T.abolishedOn),
    unitCode: int(cols, T.unitCode),
    unitName: text(cols, T.unitName),
    priceType: int(cols, T.priceType),
    price100: hundredths(cols, T.price),
    oldPriceType: int(cols, T.oldPriceType),
    oldPrice100: hundredths(cols, T.oldPrice),
    ageAddOnClass: int(cols, T.ageAddOn),
    minAge: text(cols, T.minAge),
    maxAge: text(cols, T.maxAge),
    oxygenClass: int(cols, T.oxygen),
    deviceType: int(cols, T.deviceType),
    maxPoints: int(cols, T.maxPoints),
    successorCode: text(cols, T.successor),
    transitionalUntil: date(cols, T.transitionalUntil),
    annexNumber: text(cols, T.annex),
    sectionNumber: text(cols, T.section),
    dpcScope: int(cols, T.dpcScope),
    raw: cols,
  };
}
