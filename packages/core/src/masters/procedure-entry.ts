import type { AgeAddOn, ProcedureEntry, StepRule } from './master-types.ts';
import { S_COL as S } from './master-layouts.ts';
import { date, hundredths, int, text } from './field-readers.ts';

export function toProcedureEntry(cols: readonly string[]): ProcedureEntry {
  return {
    kind: 'S',
    code: text(cols, 2),
    name: text(cols, S.name),
    fullName: text(cols, S.fullName),
    kanaName: text(cols, S.kanaName),
    changedOn: date(cols, S.changedOn),
    abolishedOn: date(cols, S.abolishedOn),
    pointsType: int(cols, S.pointsType),
    points100: hundredths(cols, S.points),
    oldPointsType: int(cols, S.oldPointsType),
    oldPoints100: hundredths(cols, S.oldPoints),
    unitCode: int(cols, S.unitCode),
    unitName: text(cols, S.unitName),
    inOutScope: int(cols, S.inOutScope),
    lateElderlyScope: int(cols, S.lateElderlyScope),
    tallyOutpatient: text(cols, S.tallyOutpatient),
    tallyInpatient: text(cols, S.tallyInpatient),
    bundledTestGroup: int(cols, S.bundledTestGroup),
    dpcScope: int(cols, S.dpcScope),
    facilityScope: int(cols, S.facilityScope),
    diagnosisRelation: int(cols, S.diagnosisRelation),
    actualDaysRule: int(cols, S.actualDays),
    daysCountRule: int(cols, S.daysCount),
    drugRelation: int(cols, S.drugRelation),
    step: stepRule(cols),
    maxCount: int(cols, S.maxCount),
    maxCountHandling: int(cols, S.maxCountHandling),
    addOnCode: text(cols, S.addOnCode),
    addOnSerial: text(cols, S.addOnSerial),
    ageRule: text(cols, S.ageRule),
    minAge: text(cols, S.minAge),
    maxAge: text(cols, S.maxAge),
    timeAddOnClass: int(cols, S.timeAddOn),
    outpatientManagementClass: int(cols, S.outpatientManagement),
    examJudgeClass: int(cols, S.examJudge),
    examJudgeGroup: int(cols, S.examJudgeGroup),
    bundleReductionGroup: text(cols, S.bundleReduction),
    noticeClass1: int(cols, S.noticeClass1),
    noticeClass2: int(cols, S.noticeClass2),
    bedCountClass: int(cols, S.bedCount),
    facilityStandards: cols.slice(S.facilityStandardsFrom, S.facilityStandardsTo + 1).filter((v) => v !== '' && v !== '0'),
    ageAddOns: ageAddOns(cols),
    sectionCode: sectionCode(cols),
    predecessorCode: text(cols, S.predecessor),
    raw: cols,
  };
}

function stepRule(cols: readonly string[]): StepRule | undefined {
  if (int(cols, S.stepFlag) !== 1) return undefined;
  return {
    lower: int(cols, S.stepLower),
    upper: int(cols, S.stepUpper),
    step: int(cols, S.step),
    points100: hundredths(cols, S.stepPoints),
    errorHandling: int(cols, S.stepErrorHandling),
  };
}

function ageAddOns(cols: readonly string[]): AgeAddOn[] {
  const out: AgeAddOn[] = [];
  for (let i = 0; i < 4; i++) {
    const at = S.ageAddOnsFrom + i * 3;
    const addOnCode = text(cols, at + 2);
    if (addOnCode !== '' && addOnCode !== '0') out.push({ minAge: text(cols, at), maxAge: text(cols, at + 1), addOnCode });
  }
  return out;
}

/** 'A' + '000' → 'A000'; 枝番 '02' → 'B001-2'. '' for items without a 区分番号 ('*', '-'). */
function sectionCode(cols: readonly string[]): string {
  const alpha = text(cols, S.sectionAlpha), number = text(cols, S.sectionNumber), branch = int(cols, S.sectionBranch);
  if (!/^[A-Z]$/.test(alpha) || !/^\d{3}$/.test(number)) return '';
  return branch > 0 ? `${alpha}${number}-${branch}` : `${alpha}${number}`;
}
