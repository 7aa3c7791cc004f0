/**
 * The sheet of a 調剤 or 歯科 claim, read from the records' fields at the positions of their layouts
 * (uke/pharmacy-layouts.ts, uke/dental-layouts.ts: structure only, uke-format.md §6.1–6.2). It places
 * what those layouts name — the patient, payers, 傷病名 (HS), the 剤 (SH with its CZ / IY / TO), 基本料
 * (KI), 分割技術料 (ST), 歯科 摘要 (SS / SI / IY / TO), comments (CO / TK) and 症状詳記 — and leaves the
 * rest to otherRecords.
 */
import { SEXES, SYMPTOM_NOTE_TYPES } from '../uke/code-tables.ts';
import { layoutOf } from '../uke/record-layouts.ts';
import type { StoredClaimLines } from '../uke/read-stored-claim.ts';
import type { UkeGenericClaim, UkeGenericRecord, UkeKind } from '../uke/types.ts';
import { commentText } from './comment-text.ts';
import type { ClaimSheet, ClaimSheetGroup, ClaimSheetLine, ClaimSheetPayer } from './claim-sheet-types.ts';
import {
  dateAndWareki, dayCounts, diagnosisOf, KIND_LABELS, numberOrNull, otherRecordsOf, receiptTypeLabelOf, recordedDate, recordedMonth,
  specialNoteLabels, type Names,
} from './claim-sheet-parts.ts';

/** 調剤 剤形コード of the 剤 the generator writes (synth pharmacy-claim.ts; the full table is unverified). */
const DOSAGE_FORMS: Readonly<Record<string, string>> = { '1': '内服', '3': '屯服', '5': '外用' };

/** Field `name` of a record, by its layout. */
function fieldOf(kind: UkeKind, r: UkeGenericRecord, name: string): string {
  const i = layoutOf(kind, r.id)?.fields.findIndex((f) => f.name === name) ?? -1;
  return i < 0 ? '' : (r.raw[i] ?? '');
}

const NO_DAYS = (): number[] => new Array<number>(31).fill(0);

export function genericSheet(c: StoredClaimLines, kind: UkeKind, claim: UkeGenericClaim, names: Names, providerName: string): ClaimSheet {
  const f = (r: UkeGenericRecord, name: string): string => fieldOf(kind, r, name);
  const placed = new Set<number>();
  const re = claim.records.find((r) => r.id === 'RE');
  const payers: ClaimSheetPayer[] = [];
  const diagnoses: ClaimSheet['diagnoses'] = [];
  const groups: ClaimSheetGroup[] = [];
  const comments: ClaimSheet['comments'] = [];
  const symptomNotes: ClaimSheet['symptomNotes'] = [];
  const current = (): ClaimSheetGroup | undefined => groups[groups.length - 1];
  const open = (category: string, label: string): ClaimSheetGroup => groups[groups.push({ category, label, lines: [] }) - 1]!;
  const line = (r: UkeGenericRecord, o: Partial<ClaimSheetLine>): ClaimSheetLine => ({
    line: r.line, record: r.id, code: '', name: '', quantity: '', points: null, count: null, days: NO_DAYS(), comments: [], ...o,
  });
  const coded = (r: UkeGenericRecord, code: string): Partial<ClaimSheetLine> => ({ code, name: names(code) ?? '' });
  let zai = 0;

  for (const r of claim.records) {
    let place = true;
    switch (r.id) {
      case 'IR': // 歯科 repeats its IR before each claim: the provider, known already
      case 'RE':
        break;
      case 'HO':
        payers.unshift({
          kind: '保険', number: f(r, 'insurerNumber').trim(), cardSymbol: f(r, 'cardSymbol'), cardNumber: f(r, 'cardNumber'),
          days: numberOrNull(f(r, 'actualDays')), points: numberOrNull(f(r, 'totalPoints')), copay: numberOrNull(f(r, 'copay')), line: r.line,
        });
        break;
      case 'KO':
        payers.push({
          kind: `公費${payers.filter((p) => p.kind !== '保険').length + 1}`, number: f(r, 'payerNumber'), cardSymbol: '', cardNumber: f(r, 'beneficiaryNumber'),
          days: numberOrNull(f(r, 'actualDays')), points: numberOrNull(f(r, 'totalPoints')), copay: numberOrNull(f(r, 'copay')), line: r.line,
        });
        break;
      case 'HS': {
        const modifiers = f(r, 'modifierCodes');
        diagnoses.push(diagnosisOf({
          line: r.line, code: f(r, 'diagnosisCode'), startDate: recordedDate(f(r, 'startDate')), outcome: f(r, 'outcome'),
          modifierCodes: modifiers.match(/.{4}/g) ?? [], recordedName: f(r, 'diagnosisName') || undefined,
          main: f(r, 'mainDiagnosis') === '01', supplement: f(r, 'supplementaryComment') || undefined,
        }, names));
        break;
      }
      case 'SH': {
        zai++;
        const form = f(r, 'dosageForm');
        open('', `剤${f(r, 'prescriptionNumber') || zai}${DOSAGE_FORMS[form] ? ` ${DOSAGE_FORMS[form]}` : ''}`)
          .lines.push(line(r, { name: '単位薬剤料', points: numberOrNull(f(r, 'unitDrugPoints')) }));
        break;
      }
      case 'CZ': {
        const days = NO_DAYS();
        const d = f(r, 'dispensedDate');
        const day = /^\d{4}$/.test(d) ? Number(d.slice(2)) : /^\d{1,2}$/.test(d) ? Number(d) : 0;
        if (day >= 1 && day <= 31) days[day - 1] = 1;
        (current() ?? open('', '')).lines.push(line(r, { ...coded(r, f(r, 'code')), quantity: f(r, 'dispensedQuantity'), points: numberOrNull(f(r, 'points')), days }));
        break;
      }
      case 'KI':
      case 'ST': {
        const label = r.id === 'KI' ? '基本料・薬学管理料' : '分割技術料';
        const group = groups.find((g) => g.label === label) ?? open('', label);
        const firstDay = layoutOf(kind, r.id)!.fields.findIndex((x) => x.name === 'day1');
        group.lines.push(line(r, {
          ...coded(r, f(r, 'code')), points: numberOrNull(f(r, 'points')), count: numberOrNull(f(r, 'count')),
          days: firstDay < 0 ? NO_DAYS() : dayCounts(r.raw, firstDay),
        }));
        break;
      }
      case 'SS':
      case 'SI':
      case 'IY':
      case 'TO': {
        if (kind === 'pharmacy') {
          // IY / TO of a 剤: no 診療識別, no days of their own
          (current() ?? open('', '')).lines.push(line(r, { ...coded(r, f(r, 'code')), quantity: f(r, 'amount'), points: numberOrNull(f(r, 'points')) }));
          break;
        }
        const category = f(r, 'treatmentCategory') || current()?.category || '';
        const group = current()?.category === category ? current()! : open(category, category ? `診療識別 ${category}` : '');
        const firstDay = layoutOf(kind, r.id)!.fields.findIndex((x) => x.name === 'day1');
        group.lines.push(line(r, {
          ...coded(r, f(r, 'code')), quantity: f(r, r.id === 'SS' ? 'quantity1' : 'amount'), points: numberOrNull(f(r, 'points')),
          count: numberOrNull(f(r, 'count')), days: dayCounts(r.raw, firstDay),
        }));
        break;
      }
      case 'CO':
        comments.push({ line: r.line, code: f(r, 'code'), text: commentText(f(r, 'code'), f(r, 'text'), names), category: f(r, 'treatmentCategory') || current()?.category || '' });
        break;
      case 'TK':
        comments.push({ line: r.line, code: '', text: f(r, 'text'), category: '' });
        break;
      case 'SJ': {
        const type = f(r, 'noteType');
        symptomNotes.push({ line: r.line, type, typeLabel: SYMPTOM_NOTE_TYPES[type as keyof typeof SYMPTOM_NOTE_TYPES] ?? '', text: f(r, 'text') });
        break;
      }
      default:
        place = false;
    }
    if (place) placed.add(r.line);
  }

  const type = re ? receiptTypeLabelOf(kind, f(re, 'receiptType')) : { label: '', inpatient: false };
  const [serviceMonth, serviceMonthWareki] = dateAndWareki((re && recordedMonth(f(re, 'serviceMonth'))) || c.serviceMonth);
  const [birthDate, birthDateWareki] = dateAndWareki(re ? recordedDate(f(re, 'birthDate')) : undefined);
  const [admissionDate, admissionDateWareki] = dateAndWareki(re ? recordedDate(f(re, 'admissionDate')) : undefined);
  const main = payers[0];
  return {
    kind: KIND_LABELS[kind] ?? kind,
    header: {
      serviceMonth, serviceMonthWareki,
      receiptNumber: (re && numberOrNull(f(re, 'receiptNumber'))) ?? 0, receiptType: re ? f(re, 'receiptType') : '',
      receiptTypeLabel: type.label, inpatient: type.inpatient,
      patientName: re ? f(re, 'name') : '', sex: re ? SEXES[f(re, 'sex') as keyof typeof SEXES] ?? '' : '', birthDate, birthDateWareki,
      providerCode: c.providerCode, providerName, specialty: '', line: re?.line ?? c.firstLine,
      kanaName: re ? f(re, 'kanaName') : '', benefitRatio: re ? numberOrNull(f(re, 'benefitRatio')) : null, admissionDate, admissionDateWareki,
      specialNotes: re ? specialNoteLabels(f(re, 'specialNotes').match(/.{2}/g) ?? []) : [],
    },
    payers, diagnoses, groups, comments, symptomNotes,
    totalPoints: main?.points ?? null,
    otherRecords: otherRecordsOf(c, placed),
  };
}
