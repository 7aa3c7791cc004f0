import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readCsvText } from './registry-csv.ts';
import { INSURED_CSV_COLUMNS, insuredFromCsv, insurerFromCsv, INSURER_CSV_COLUMNS } from './registry-csv-rows.ts';

const INSURED_HEADER = 'personId,householdId,insurerNumber,cardSymbol,cardNumber,cardBranch,name,nameKana,sex,birthDate,relation,isHouseholder,incomeCategory,copayPercent,acquiredOn,lostOn,acquireReason,loseReason';

test('insured.csv: a row is a person and one coverage period; sex by its UKE code', () => {
  const text = `${INSURED_HEADER}\nP0000000020,H000000002,131359,7445,0000002,01,近藤　葵,コンドウ　アオイ,2,1996-10-19,householder,true,o,30,2015-02-22,2025-05-12,leftEmployeeInsurance,joinedEmployeeInsurance\n`;
  const r = readCsvText('registry/insured.csv', text, INSURED_CSV_COLUMNS, insuredFromCsv);
  assert.deepEqual(r.errors, []);
  const { householdId, person, period } = r.values[0]!.value;
  assert.equal(householdId, 'H000000002');
  assert.deepEqual([person.sex, person.isHouseholder, person.incomeCategory, person.householdNumber], ['female', true, 'o', undefined]);
  assert.deepEqual(period, {
    personId: 'P0000000020', insurerNumber: '131359', card: { symbol: '7445', number: '0000002', branch: '01' },
    acquiredOn: '2015-02-22', lostOn: '2025-05-12', acquireReason: 'leftEmployeeInsurance', loseReason: 'joinedEmployeeInsurance',
  });
});

test('insured.csv: every bad value of a row is reported on that row, the next row is read', () => {
  const bad = 'P1,H1,131359,1,2,01,甲,,3,1996-02-30,householder,yes,z,30,2015-02-22,2025-05-12,leftEmployeeInsurance,';
  const good = 'P2,H1,131359,1,2,02,乙,,1,1990-01-01,child,false,,30,2015-02-22,,birth,';
  const r = readCsvText('registry/insured.csv', `${INSURED_HEADER}\n${bad}\n${good}\n`, INSURED_CSV_COLUMNS, insuredFromCsv);
  assert.deepEqual(r.values.map((v) => [v.line, v.value.person.personId]), [[3, 'P2']]);
  assert.deepEqual(r.errors.map((e) => [e.line, e.field]), [[2, 'sex'], [2, 'loseReason'], [2, 'isHouseholder'], [2, 'birthDate'], [2, 'incomeCategory']]);
  for (const e of r.errors) assert.match(e.message, /^[^:]*[\u3040-\u30ff\u4e00-\u9fff][^:]*: /);
});

test('insurers.csv: 後期 from 2008-04-01, 国保 from 1961-04-01; a 法別 other than 39 is refused', () => {
  const text = 'insurerNumber,kind,lawNumber,prefecture,name,inFederation\n39131354,lateElderly,39,13,東京都後期高齢者医療広域連合（日野市）,true\n111013,municipal,,11,埼玉県東野市国民健康保険,false\n131359,municipal,06,13,日野市国民健康保険,true\n';
  const r = readCsvText('registry/insurers.csv', text, INSURER_CSV_COLUMNS, insurerFromCsv);
  assert.deepEqual(r.values.map((v) => [v.value.number, v.value.lawNumber, v.value.validFrom]), [['39131354', '39', '2008-04-01'], ['111013', undefined, '1961-04-01']]);
  assert.deepEqual(r.errors.map((e) => [e.line, e.field]), [[4, 'lawNumber']]);
});
