/**
 * A clinical scenario ties real master codes together the way a chart would: the diagnoses (傷病名,
 * with 修飾語), the drugs with daily amounts and days, and the procedures and tests with the
 * frequency a practice would bill them. Scenarios are data; claim builders read them.
 */

/** Where a scenario is treated. 'hospital' = a hospital's outpatient department or ward. */
export type Department = 'internal' | 'pediatrics' | 'orthopedics' | 'ophthalmology' | 'ent' | 'dermatology' | 'psychiatry' | 'hospital';

/** 服用時点: drugs taken at the same times for the same days form one 剤. */
export type Timing = 'morning' | 'twice' | 'thrice' | 'bedtime' | 'weekly';

export interface DrugSpec {
  /** Real 医薬品 codes (Y master); a provider keeps one of them on its formulary. */
  codes: readonly string[];
  /** Master units per day (oral), per dose (頓服) or in total (外用); by age for children. */
  amount: number | ((age: number) => number);
}

export type Rx =
  | { form: 'oral'; timing: Timing; drugs: readonly DrugSpec[] }
  | { form: 'asNeeded'; doses: number; drugs: readonly DrugSpec[] }
  /** Each external drug is its own 剤, billed once (回数 1). */
  | { form: 'external'; drugs: readonly DrugSpec[] };

export interface DiagnosisSpec {
  code: string;
  /** 修飾語 codes in print order; 'side' = 右 or 左 chosen per episode. */
  modifiers?: readonly (string | 'side')[];
}

/** An item billed on a visit: a procedure code with an optional 数量データ. */
export interface ProcedureSpec {
  code: string;
  quantity?: number;
}

/** One imaging series: 写真診断 + 撮影 + 電子画像管理加算 billed as one unit, with the 撮影部位 comment. */
export interface ImagingSpec {
  diagnosisCode: string;
  shootingCode: string;
  addOnCode: string;
  comment: { code: string; text?: string | 'side' };
}

export interface TestSpec {
  codes: readonly string[];
  /** Probability that the panel is drawn in a given month (chronic) or at the first visit (acute). */
  probability: number;
  /** At most once in this many months (a 告示 limit such as 骨塩定量検査 4月に1回): the person's months are fixed. */
  everyMonths?: number;
}

export interface InjectionSpec {
  procedure: string;
  category: '31' | '32' | '33';
  drugs: readonly DrugSpec[];
  /** Visits with the injection: every visit, or only the first. */
  every: 'visit' | 'first';
}

export interface Scenario {
  id: string;
  label: string;
  kind: 'chronic' | 'acute';
  /** Departments that treat it, preferred first. */
  departments: readonly Department[];
  diagnoses: readonly DiagnosisSpec[];
  /** Chronic prevalence, or monthly incidence of an acute episode, by age and sex. */
  rate: (age: number, sex: '1' | '2') => number;
  /** Multipliers by month (index 0 = January) for seasonal illness. */
  season?: readonly number[];
  /** Visits in a month (chronic) or in the episode (acute). */
  visits: readonly [number, number];
  /** Days of one prescription; chronic stable patients may get two months. */
  rxDays: readonly number[];
  rx: readonly Rx[];
  /** 医学管理: lifestyle = 生活習慣病管理料（Ⅱ）, specific = 特定疾患療養管理料. */
  management?: 'lifestyle' | 'specific';
  perVisit?: readonly ProcedureSpec[];
  firstVisit?: readonly ProcedureSpec[];
  tests?: readonly TestSpec[];
  imaging?: { spec: ImagingSpec; probability: number };
  injection?: InjectionSpec;
  /** 公費 that usually covers the treatment (法別番号). */
  publicExpense?: '21' | '54';
  /** Diagnoses of acute episodes end cured (転帰 2) in the month of the last visit. */
  cures?: boolean;
}

export interface InpatientScenario {
  id: string;
  label: string;
  diagnoses: readonly DiagnosisSpec[];
  rate: (age: number, sex: '1' | '2') => number;
  season?: readonly number[];
  /** Length of stay in days. */
  stay: readonly [number, number];
  /** Daily drip: procedure + drugs for the first n days. */
  drip?: { days: readonly [number, number]; procedure: string; drugs: readonly DrugSpec[] };
  /** Oral drugs from day n of the stay. */
  oral?: { fromDay: number; rx: Rx & { form: 'oral' } };
  /** Surgery on day n: procedures (the first carries the operation), anaesthesia, devices. */
  surgery?: { day: number; procedures: readonly ProcedureSpec[]; anaesthesia: readonly ProcedureSpec[]; devices: readonly { code: string; amount: number }[]; drugs: readonly DrugSpec[] };
  /** Blood tests on admission and then every n days. */
  tests: { codes: readonly string[]; everyDays: number };
  imaging?: { spec: ImagingSpec; days: readonly number[] };
  /** Oxygen on the first n days. */
  oxygenDays?: number;
  /** Rehabilitation units per day from day n. */
  rehab?: { code: string; fromDay: number; units: number };
  /** In-hospital death rate of the episode (転帰 3). */
  mortality: number;
  /**
   * 短期滞在手術等基本料３ (A400 3, a 短手３ code): the stay is billed as that one fee on the day of
   * admission, which includes everything of the stay but meals (ward fees, surgery, anaesthesia,
   * tests, imaging, drugs, their 判断料 and 調剤技術基本料); the stay stays within five days and
   * within the month.
   */
  shortStay?: { code: string };
}
