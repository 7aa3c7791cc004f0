import type { DiagnosisEntry } from './master-types.ts';
import { B_COL as B } from './master-layouts.ts';
import { date, flag, text } from './field-readers.ts';

export function toDiagnosisEntry(cols: readonly string[]): DiagnosisEntry {
  return {
    kind: 'B',
    code: text(cols, 2),
    name: text(cols, B.name),
    shortName: text(cols, B.shortName),
    kanaName: text(cols, B.kanaName),
    changedOn: date(cols, B.changedOn) ?? date(cols, B.listedOn),
    abolishedOn: date(cols, B.abolishedOn),
    icd10: text(cols, B.icd10),
    icd10Second: text(cols, B.icd10Second),
    standaloneForbidden: flag(cols, B.standaloneForbidden),
    notBillable: flag(cols, B.notBillable),
    specificDiseaseClass: text(cols, B.specificDisease),
    intractableOutpatientClass: text(cols, B.intractableOutpatient),
    successorCode: text(cols, B.successor),
    managementNumber: text(cols, B.managementNumber),
    exchangeCode: text(cols, B.exchangeCode),
    listedOn: date(cols, B.listedOn),
    raw: cols,
  };
}
