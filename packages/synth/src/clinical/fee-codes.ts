/**
 * 医科診療行為 codes used by the claim builders, by name. Every code is a real S-master code
 * (s_ALL20240531 and its change files); points always come from the MasterSnapshot of the month.
 */
export const FEE = {
  firstVisit: '111000110', // 初診料
  firstVisitInfant: '111000370', // 乳幼児加算（初診）, under 6
  revisit: '112007410', // 再診料（200床以上の病院を除く）
  revisitInfant: '112000970', // 乳幼児加算（再診）, under 6
  outpatientHospital: '112011310', // 外来診療料 (hospitals of 200 beds or more)
  outpatientManagement: '112011010', // 外来管理加算
  lifestyleManagement: '113707110', // 生活習慣病管理料（２）, once a month
  specificManagementClinic: '113001810', // 特定疾患療養管理料（診療所）
  specificManagementSmallHospital: '113001910', // 同（100床未満の病院）
  specificManagementMidHospital: '113002010', // 同（100床以上200床未満の病院）
  prescriptionSlip: '120002910', // 処方箋料（リフィル以外・その他）
  prescriptionSlipInfant: '120002470', // 乳幼児加算（処方箋料）, under 3
  prescriptionSlipSpecific: '120005710', // 特定疾患処方管理加算（処方箋料）, once a month
  prescribing: '120001210', // 処方料（その他）
  prescribingSpecific: '120005610', // 特定疾患処方管理加算（処方料）, once a month
  prescribingInfant: '120002170', // 乳幼児加算（処方料）, under 3
  dispensingOral: '120000710', // 調剤料（内服薬・浸煎薬・屯服薬）
  dispensingExternal: '120001010', // 調剤料（外用薬）
  dispensingBase: '120001810', // 調剤技術基本料（その他）, once a month
  dispensingInpatient: '120001110', // 調剤料（入院）, per day
  bloodDraw: '160095710', // Ｂ－Ｖ (outpatients)
  psychotherapy: '180067310', // 通院精神療法（３０分未満）
  // 入院
  acuteWard: '190077410', // 急性期一般入院料６
  stayUpTo14: '190079470', // 一般病棟入院期間加算（１４日以内）
  stay15to30: '190079670', // 一般病棟入院期間加算（１５日以上３０日以内）
  meal: '197000110', // 入院時食事療養（１）（１食につき）
  mealStandardCharge: '197000810', // 食事療養標準負担額（一般）
  mealStandardChargeLow2: '197000910', // 食事療養標準負担額（低所得２・９０日以下）
  mealStandardChargeLow1: '197001110', // 食事療養標準負担額（低所得１）
  drip: '130003810', // 点滴注射（その他の者）（500mL以上）
  dripOutpatient: '130009310', // 点滴注射（その他の場合）（入院中の患者以外）
  oxygen: '140005610', // 酸素吸入
} as const;

/** 検体検査判断料 by test: one per category per month (上限回数 1 in the S master). */
export const JUDGEMENT = {
  urine: '160061710', // 尿・糞便等検査判断料
  hematology: '160061810', // 血液学的検査判断料
  chemistry1: '160061910', // 生化学的検査（１）判断料
  chemistry2: '160062010', // 生化学的検査（２）判断料
  immunology: '160062110', // 免疫学的検査判断料
} as const;

export const TEST = {
  urine: '160000310', // 尿一般
  urineSediment: '160005010', // 尿沈渣（鏡検法）
  cbc: '160008010', // 末梢血液一般検査
  hba1c: '160010010', // ＨｂＡ１ｃ
  bun: '160019010', creatinine: '160019210', uricAcid: '160019310', glucose: '160019410',
  ggt: '160020410', tg: '160020910', potassium: '160021410', ast: '160022510', alt: '160022610',
  hdl: '160023410', ldl: '160167250',
  tsh: '160031710', ft4: '160033310', bnp: '160162350',
  crp: '160054710',
  strepA: '160044110', // Ａ群β溶連菌迅速試験定性
  influenza: '160169450', // インフルエンザウイルス抗原定性
  swab: '160208510', // 鼻腔・咽頭拭い液採取
  ecg: '160068410', // 心電図（１２誘導）
  fundus: '160081130', // 精密眼底検査（両側）
  slitLamp: '160084510', // 細隙灯顕微鏡検査（前眼部）
  tonometry: '160082910', // 精密眼圧測定
  tympanometry: '160078910', // 鼓膜音響インピーダンス検査
  boneDensity: '160170410', // 骨塩定量検査（超音波法）
} as const;

/** Which 判断料 a test falls under; tests absent here (生体検査, 採取) carry none. */
export const JUDGEMENT_OF: Readonly<Record<string, string>> = {
  [TEST.urine]: JUDGEMENT.urine, [TEST.urineSediment]: JUDGEMENT.urine,
  [TEST.cbc]: JUDGEMENT.hematology, [TEST.hba1c]: JUDGEMENT.hematology,
  [TEST.bun]: JUDGEMENT.chemistry1, [TEST.creatinine]: JUDGEMENT.chemistry1, [TEST.uricAcid]: JUDGEMENT.chemistry1,
  [TEST.glucose]: JUDGEMENT.chemistry1, [TEST.ggt]: JUDGEMENT.chemistry1, [TEST.tg]: JUDGEMENT.chemistry1,
  [TEST.potassium]: JUDGEMENT.chemistry1, [TEST.ast]: JUDGEMENT.chemistry1, [TEST.alt]: JUDGEMENT.chemistry1,
  [TEST.hdl]: JUDGEMENT.chemistry1, [TEST.ldl]: JUDGEMENT.chemistry1,
  [TEST.tsh]: JUDGEMENT.chemistry2, [TEST.ft4]: JUDGEMENT.chemistry2, [TEST.bnp]: JUDGEMENT.chemistry2,
  [TEST.crp]: JUDGEMENT.immunology, [TEST.strepA]: JUDGEMENT.immunology, [TEST.influenza]: JUDGEMENT.immunology,
};

/** Tests drawn from venous blood: B-V is billed once on the day (outpatients). */
export const BLOOD_TESTS: ReadonlySet<string> = new Set([
  TEST.cbc, TEST.hba1c, TEST.bun, TEST.creatinine, TEST.uricAcid, TEST.glucose, TEST.ggt, TEST.tg, TEST.potassium,
  TEST.ast, TEST.alt, TEST.hdl, TEST.ldl, TEST.tsh, TEST.ft4, TEST.bnp, TEST.crp,
]);

export const IMAGING = {
  chest: { diagnosisCode: '170000410', shootingCode: '170027910', addOnCode: '170000210', comment: { code: '820181220' } },
  lumbar: { diagnosisCode: '170000410', shootingCode: '170027910', addOnCode: '170000210', comment: { code: '820181310' } },
  knee: { diagnosisCode: '170000510', shootingCode: '170027910', addOnCode: '170000210', comment: { code: '830181500', text: 'side' } },
  forearm: { diagnosisCode: '170000510', shootingCode: '170027910', addOnCode: '170000210', comment: { code: '830181420', text: 'side' } },
  hip: { diagnosisCode: '170000510', shootingCode: '170027910', addOnCode: '170000210', comment: { code: '830181370', text: 'side' } },
} as const;

export const MODIFIER = { right: '2056', left: '2049', both: '2057', suspected: '8002', acute: '4012', chronic: '4043' } as const;
