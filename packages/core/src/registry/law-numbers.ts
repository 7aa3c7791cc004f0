/**
 * 法別番号: the first two digits of an 8-digit 保険者番号 or 公費負担者番号, naming the scheme.
 *
 * Sources: system-map.md "Which claims reach a federation" (01, 06, 31–34, 39; 10, 12, 21, 51/52/54, 80s);
 * medi-locus.jimdofree.com「保険証について（前編）」and mixtrivia.com/entry/hokensho (01, 02, 06, 07, 31–34, 39);
 * mhlw.go.jp t_doc 00ta8638 (15 更生医療); nanbyo.ukure.com (51, 54). The remaining entries follow the
 * 設定要領's 別表 from general knowledge and are marked [U] until checked against the table itself.
 */

/** Health-insurance schemes. Only 39 (and the 6-digit numbers without 法別番号) are the federations' business. */
export const HEALTH_INSURANCE_LAWS = {
  '01': '全国健康保険協会管掌健康保険（協会けんぽ）',
  '02': '船員保険',
  '03': '日雇特例被保険者の保険（一般療養）', // [U]
  '04': '日雇特例被保険者の保険（特別療養費）', // [U]
  '06': '組合管掌健康保険',
  '07': '自衛官等の療養の給付',
  '31': '国家公務員共済組合',
  '32': '地方公務員等共済組合',
  '33': '警察共済組合',
  '34': '公立学校共済組合・日本私立学校振興・共済事業団',
  '39': '後期高齢者医療',
  '63': '特定健康保険組合（特例退職被保険者）', // [U]
  '67': '国民健康保険 退職者医療', // [U]
  '72': '国家公務員特定共済組合', // [U]
  '73': '地方公務員等特定共済組合', // [U]
  '74': '警察特定共済組合', // [U]
  '75': '公立学校共済組合・日本私立学校振興・共済事業団（特例退職）', // [U]
} as const;
export type HealthInsuranceLaw = keyof typeof HEALTH_INSURANCE_LAWS;

export const LATE_ELDERLY_LAW = '39';
/** 退職者医療 under 国保: a federation scheme once, closed to new entrants from 2015 and now ended. */
export const NHI_RETIREE_LAW = '67';

export function isHealthInsuranceLaw(s: string): s is HealthInsuranceLaw {
  return Object.prototype.hasOwnProperty.call(HEALTH_INSURANCE_LAWS, s);
}

/** 公費負担医療. Numbers not listed (notably the 80s and 90s of local welfare programmes) are accepted unnamed. */
export const PUBLIC_EXPENSE_LAWS: Readonly<Record<string, string>> = {
  '10': '感染症法 結核患者の適正医療',
  '11': '感染症法 結核患者の入院',
  '12': '生活保護法 医療扶助',
  '13': '戦傷病者特別援護法 療養の給付', // [U]
  '14': '戦傷病者特別援護法 更生医療', // [U]
  '15': '障害者総合支援法 更生医療',
  '16': '障害者総合支援法 育成医療', // [U]
  '17': '児童福祉法 療育の給付', // [U]
  '18': '原爆被爆者援護法 認定疾病医療', // [U]
  '19': '原爆被爆者援護法 一般疾病医療費', // [U]
  '20': '精神保健福祉法 措置入院', // [U]
  '21': '障害者総合支援法 精神通院医療',
  '22': '麻薬及び向精神薬取締法 入院措置', // [U]
  '23': '母子保健法 養育医療', // [U]
  '24': '障害者総合支援法 療養介護医療', // [U]
  '25': '中国残留邦人等支援法 医療支援給付', // [U]
  '28': '感染症法 一類・二類感染症等の入院', // [U]
  '29': '感染症法 新感染症の入院', // [U]
  '30': '心神喪失者等医療観察法 医療', // [U]
  '38': '肝炎治療特別促進事業', // [U]
  '51': '特定疾患治療研究事業 等',
  '52': '児童福祉法 小児慢性特定疾病医療支援',
  '53': '児童福祉法 措置等に係る医療の給付', // [U]
  '54': '難病法 特定医療',
  '66': '石綿健康被害救済法 医療費', // [U]
  '79': '児童福祉法 障害児入所医療等', // [U]
};

export function publicExpenseLawName(law: string): string | undefined {
  if (Object.prototype.hasOwnProperty.call(PUBLIC_EXPENSE_LAWS, law)) return PUBLIC_EXPENSE_LAWS[law];
  if (law[0] === '8' || law[0] === '9') return '地方単独の公費負担医療（都道府県・市区町村の医療費助成）';
  return undefined;
}
