/**
 * The sheet of a 医科 / DPC claim, from the typed records (記録条件仕様 医科 令和4年4月版; uke-format.md
 * §3). 摘要 records go into the group of their 診療識別: a record that leaves it blank continues the
 * group (and the 剤) before it.
 */
import {
  BODY_PARTS, DEPARTMENTS, MEDICAL_TREATMENTS, SEX_AGE_GROUPS, SEXES, SPECIFIC_DISEASES, SYMPTOM_NOTE_TYPES, TREATMENT_CATEGORIES,
} from '../uke/code-tables.ts';
import type { ClaimLineRecord, DepartmentCombination, UkeClaim } from '../uke/types.ts';
import type { StoredClaimLines } from '../uke/read-stored-claim.ts';
import { commentText } from './comment-text.ts';
import type { ClaimSheet, ClaimSheetGroup, ClaimSheetLine } from './claim-sheet-types.ts';
import {
  dateAndWareki, diagnosisOf, finiteOrNull, KIND_LABELS, otherRecordsOf, receiptTypeLabelOf, specialNoteLabels, type Names,
} from './claim-sheet-parts.ts';

export function medicalSheet(c: StoredClaimLines, claim: UkeClaim, names: Names, providerName: string): ClaimSheet {
  const kind = claim.dpc ? 'dpc' : 'medical';
  const re = claim.re;
  const type = receiptTypeLabelOf(kind, re.receiptType);
  const [serviceMonth, serviceMonthWareki] = dateAndWareki(re.serviceMonth || c.serviceMonth);
  const [birthDate, birthDateWareki] = dateAndWareki(re.birthDate);
  const [admissionDate, admissionDateWareki] = dateAndWareki(re.admissionDate);
  const placed = new Set<number>([re.line]);
  const mark = <T extends { line: number }>(r: T): T => (placed.add(r.line), r);

  const payers = [
    ...(claim.ho ? [mark(claim.ho)].map((h) => ({
      kind: '保険', number: h.insurerNumber, cardSymbol: h.cardSymbol ?? '', cardNumber: h.cardNumber ?? '',
      days: finiteOrNull(h.actualDays), points: finiteOrNull(h.totalPoints), copay: finiteOrNull(h.copay), line: h.line,
    })) : []),
    ...claim.ko.map(mark).map((k, i) => ({
      kind: `公費${i + 1}`, number: k.payerNumber, cardSymbol: '', cardNumber: k.beneficiaryNumber ?? '',
      days: finiteOrNull(k.actualDays), points: finiteOrNull(k.totalPoints), copay: finiteOrNull(k.copay), line: k.line,
    })),
  ];

  const diagnoses = claim.sy.map(mark).map((s) => diagnosisOf({
    line: s.line, code: s.diagnosisCode, startDate: s.startDate, outcome: s.outcome, modifierCodes: s.modifierCodes,
    recordedName: s.diagnosisName, main: s.mainDiagnosis === '01', supplement: s.supplementaryComment,
  }, names));

  const groups: ClaimSheetGroup[] = [];
  const comments: ClaimSheet['comments'] = [];
  for (const it of claim.items.map(mark)) {
    const current = groups[groups.length - 1];
    if (it.id === 'CO') {
      comments.push({ line: it.line, code: it.code, text: commentText(it.code, it.text, names), category: it.treatmentCategory ?? current?.category ?? '' });
      continue;
    }
    const category = it.treatmentCategory ?? current?.category ?? '';
    const group = current && current.category === category ? current : groups[groups.push({ category, label: TREATMENT_CATEGORIES[category as keyof typeof TREATMENT_CATEGORIES] ?? '', lines: [] }) - 1]!;
    group.lines.push(lineOf(it, names));
  }

  const symptomNotes = claim.sj.map(mark).map((s) => ({
    line: s.line, type: s.noteType ?? '', typeLabel: s.noteType ? SYMPTOM_NOTE_TYPES[s.noteType] ?? '' : '', text: s.text,
  }));

  return {
    kind: KIND_LABELS[kind]!,
    header: {
      serviceMonth, serviceMonthWareki,
      receiptNumber: finiteOrNull(re.receiptNumber) ?? 0, receiptType: re.receiptType, receiptTypeLabel: type.label, inpatient: type.inpatient,
      patientName: re.name, sex: SEXES[re.sex] ?? '', birthDate, birthDateWareki,
      providerCode: c.providerCode, providerName, specialty: re.departments.map(departmentName).filter(Boolean).join('・'),
      line: re.line, kanaName: re.kanaName ?? '', benefitRatio: finiteOrNull(re.benefitRatio), admissionDate, admissionDateWareki,
      specialNotes: specialNoteLabels(re.specialNotes),
    },
    payers, diagnoses, groups, comments, symptomNotes,
    totalPoints: finiteOrNull(claim.ho ? claim.ho.totalPoints : claim.ko[0]?.totalPoints),
    otherRecords: otherRecordsOf(c, placed),
  };
}

function lineOf(it: Exclude<ClaimLineRecord, { id: 'CO' }>, names: Names): ClaimSheetLine {
  const quantity = it.id === 'SI' ? it.quantity : it.amount;
  return {
    line: it.line, record: it.id, code: it.code,
    // 未コード化 or unlisted devices are known by the product name recorded with them
    name: names(it.code) ?? (it.id === 'TO' ? it.productName : undefined) ?? '',
    quantity: quantity === undefined || !Number.isFinite(quantity) ? '' : String(quantity),
    points: finiteOrNull(it.points), count: finiteOrNull(it.count), days: [...it.days],
    comments: it.comments.map((k) => ({ code: k.code, text: commentText(k.code, k.text, names) })),
  };
}

/** 診療科名 with its qualifiers in front (別表10–14: 呼吸器 + 内科 → 呼吸器内科). */
function departmentName(d: DepartmentCombination): string {
  const label = (table: Readonly<Record<string, string>>, code: string | undefined): string => (code ? table[code] ?? '' : '');
  const department = label(DEPARTMENTS, d.department);
  if (!department) return '';
  return `${label(BODY_PARTS, d.bodyPart)}${label(SEX_AGE_GROUPS, d.sexAgeGroup)}${label(MEDICAL_TREATMENTS, d.medicalTreatment)}${label(SPECIFIC_DISEASES, d.specificDisease)}${department}`;
}
