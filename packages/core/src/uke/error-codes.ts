/**
 * Stable error codes of the UKE reader. A code never changes meaning; new checks get new codes.
 * The doc comment on each key is the English description; UKE_ERROR_MESSAGES holds the Japanese
 * message shown to people (the `Record` type makes a code without a message a compile error).
 * Spec references: 記録条件仕様（医科用）令和4年4月版 第1章3, uke-format.md.
 */
const DEFAULT_SEVERITY = {
  // --- file and line level (§1) ---
  /** The first record is not a header record (IR; YK for 調剤, UK for 歯科). */
  'UKE-E001': 'error',
  /** The file has no GO record (it must be the last record). */
  'UKE-E002': 'error',
  /** Records follow the GO record. */
  'UKE-E003': 'error',
  /** Unknown record identifier (for this kind of file). */
  'UKE-E004': 'error',
  /** Record out of the order the spec prescribes (file: IR→claims→GO; claim: RE HO KO SN JD MF GR SY 摘要 SJ donor). */
  'UKE-E005': 'error',
  /** A double quote (0x22) appears: the format has no quoting. */
  'UKE-E006': 'error',
  /** More fields than the record layout defines. */
  'UKE-E007': 'error',
  /** Fewer fields than the layout, and a required field is among the missing ones. */
  'UKE-E008': 'error',
  /** An empty line (no record) inside the file. */
  'UKE-E009': 'error',
  /** Bytes after the 0x1A EOF marker. */
  'UKE-E010': 'error',
  /** Bytes that are not valid Shift_JIS (CP932). */
  'UKE-E011': 'error',
  /** A second header record (IR) inside the file. */
  'UKE-E012': 'error',
  /** 外字: a user-defined character (Shift_JIS F040–F9FC, decoded to the Private Use Area); the spec allows JIS X 0201/0208 only. */
  'UKE-E013': 'error',

  // --- field level (§1 field modes, §3 layouts) ---
  /** A required field is empty. */
  'UKE-E020': 'error',
  /** 数字 (N) field holds something other than half-width digits (and a decimal point where allowed). */
  'UKE-E021': 'error',
  /** 英数 (A) field holds full-width or control characters. */
  'UKE-E022': 'error',
  /** 漢字 (K) field holds half-width characters. */
  'UKE-E023': 'error',
  /** 英数又は漢字 (A/K) field mixes half-width and full-width characters. */
  'UKE-E024': 'error',
  /** 数字 / 英数 field longer than its maximum Shift_JIS byte length (text fields: UKE-W009). */
  'UKE-E025': 'error',
  /** 固定 (fixed) field not exactly its byte length. */
  'UKE-E026': 'error',
  /** Invalid date (YYYYMMDD, or legacy 和暦 GYYMMDD). */
  'UKE-E027': 'error',
  /** Invalid year-month (YYYYMM, or legacy 和暦 GYYMM). */
  'UKE-E028': 'error',
  /** Concatenated-code field whose byte count is not a multiple of the code length. */
  'UKE-E029': 'error',
  /** Decimal value with too many integer or fraction digits. */
  'UKE-E030': 'error',

  // --- code tables (別表) ---
  /** レセプト種別 not in 別表5. */
  'UKE-E031': 'error',
  /** 診療識別 not in 別表20. */
  'UKE-E032': 'error',
  /** 負担区分 not in 別表21. */
  'UKE-E033': 'error',
  /** 男女区分 not in 別表6. */
  'UKE-E034': 'error',
  /** 転帰区分 not in 別表18. */
  'UKE-E035': 'error',
  /** Code not in its 別表 (the message names the table). */
  'UKE-E036': 'error',

  // --- claim structure (§2) ---
  /** A claim record appears before the first RE (no claim is open). */
  'UKE-E040': 'error',
  /** No HO although the レセプト種別 is 医保/国保, 後期 or 退職者 (digit 2 = 1, 3, 4). */
  'UKE-E041': 'error',
  /** HO present although the レセプト種別 is 公費のみ (digit 2 = 2). */
  'UKE-E042': 'error',
  /** Number of KO records differs from the レセプト種別 (digit 3 = number of payers). */
  'UKE-E043': 'error',
  /** A record allowed once per claim (HO, MF) appears again. */
  'UKE-E044': 'error',
  /** SN on a 公費のみ claim (× in the presence matrix). */
  'UKE-E045': 'error',
  /** 負担区分 / 負担者種別 names a payer the claim does not have. */
  'UKE-E046': 'error',
  /** No SY (傷病名) in the claim. Warning by default: real receipt computers omit it (the shared sample does on 69 of 75 claims). */
  'UKE-E047': 'warning',
  /** No SI / IY / TO in the claim (必須※1). */
  'UKE-E048': 'error',
  /** More than 98 consecutive 摘要 records with 診療識別 omitted. */
  'UKE-E049': 'error',
  /** 回数 differs from the sum of the 31 day fields. */
  'UKE-E050': 'error',
  /** 回数 differs between records of one 点数・回数算定単位. */
  'UKE-E051': 'error',
  /** Day distribution differs between records of one 点数・回数算定単位. */
  'UKE-E052': 'error',
  /** 点数 missing on the last record of a 点数・回数算定単位 (the unit never closes). */
  'UKE-E053': 'error',
  /** HO 合計点数 differs from Σ (unit points × 回数) over items whose 負担区分 includes 医保. */
  'UKE-E054': 'error',
  /** KO 合計点数 differs from Σ (unit points × 回数) over items whose 負担区分 includes that 公費. */
  'UKE-E055': 'error',
  /** 診療年月 later than the 請求年月 of the file. */
  'UKE-E056': 'error',
  /** JD records: more than one per payer. */
  'UKE-E057': 'error',
  /**
   * レセプト種別 digit 4 contradicts the patient's age in the 診療年月 (医保/国保 only): 未就学者
   * (3/4) after the first 3/31 following the 6th birthday, or not used before it; 高齢受給者 (7/8/9/0)
   * before the month after the 70th birthday (the birthday month when born on the 1st), or not used
   * from then on. 後期 (digit 2 = 3) is not checked: 65–74 with a disability are insured there.
   */
  'UKE-E058': 'error',

  // --- file totals and numbering (§1 multi-volume, §3 GO) ---
  /** GO 総件数 differs from Σ (HO + KO) of the claims. */
  'UKE-E060': 'error',
  /** GO 総合計点数 differs from Σ main payer's 合計点数 (HO, else first KO). */
  'UKE-E061': 'error',
  /** マルチボリューム識別情報 of IR and GO inconsistent (single volume: IR 00, GO 99; volume n: GO n+1 or 99). */
  'UKE-E062': 'error',
  /** Duplicate レセプト番号. */
  'UKE-E063': 'error',
  /** レセプト番号 not ascending. */
  'UKE-E064': 'error',

  // --- warnings ---
  /** LF-only line endings (the spec requires CRLF); reported once per file. */
  'UKE-W001': 'warning',
  /** The file does not end with the 0x1A EOF byte. */
  'UKE-W002': 'warning',
  /** Legacy record (KH 国保連固有情報, NI 日計表) of an older edition: accepted and skipped. */
  'UKE-W003': 'warning',
  /** Trailing empty fields omitted; they are written back in full. Reported once per file. */
  'UKE-W004': 'warning',
  /** レセプト番号 ascending but not consecutive from the previous one. */
  'UKE-W005': 'warning',
  /** GO totals recorded on a volume that is not the last (they belong to the last volume only). */
  'UKE-W006': 'warning',
  /** Numeric value with leading zeros where the spec says to drop them. */
  'UKE-W007': 'warning',
  /** SN / JD / MF on a claim for 令和3年8月診療 or earlier: the 審査支払機関 skips them. */
  'UKE-W008': 'warning',
  /**
   * 漢字 / 英数又は漢字 text (氏名, 傷病名称, 文字データ …) longer than its maximum Shift_JIS bytes; in
   * 調剤 / 歯科 records (unverified layouts) any field over its maximum.
   * Warning by default: receipt computers in use write longer text (the shared sample has 28 names of
   * 22 full-width characters against the 20 allowed, and a 108-character 傷病名称). Raise it to
   * 'error' for a strict intake.
   */
  'UKE-W009': 'warning',
} as const;

export type UkeErrorCode = keyof typeof DEFAULT_SEVERITY;
export const UKE_ERROR_SEVERITY: Readonly<Record<UkeErrorCode, 'error' | 'warning'>> = DEFAULT_SEVERITY;

/** Japanese message per code. */
export const UKE_ERROR_MESSAGES: Readonly<Record<UkeErrorCode, string>> = {
  'UKE-E001': 'ファイルの先頭に医療機関情報レコード（IR）がありません',
  'UKE-E002': '診療報酬請求書レコード（GO）がありません',
  'UKE-E003': '診療報酬請求書レコード（GO）の後にレコードがあります',
  'UKE-E004': 'レコード識別情報が不明です',
  'UKE-E005': 'レコードの記録順が誤っています',
  'UKE-E006': '引用符（"）は使用できません',
  'UKE-E007': '項目数が多すぎます',
  'UKE-E008': '項目数が不足しています',
  'UKE-E009': '空のレコードがあります',
  'UKE-E010': 'EOFコード（1A）の後にデータがあります',
  'UKE-E011': 'シフトJISとして読めない文字があります',
  'UKE-E012': '医療機関情報レコード（IR）が重複しています',
  'UKE-E013': '外字（利用者定義文字）は使用できません',
  'UKE-E020': '必須項目が記録されていません',
  'UKE-E021': '数字項目に数字以外の文字があります',
  'UKE-E022': '英数項目に半角英数以外の文字があります',
  'UKE-E023': '漢字項目に半角文字があります',
  'UKE-E024': '英数モードと漢字モードの文字が混在しています',
  'UKE-E025': '最大バイト数を超えています',
  'UKE-E026': '固定長項目の桁数が誤っています',
  'UKE-E027': '年月日が誤っています',
  'UKE-E028': '年月が誤っています',
  'UKE-E029': '記録するバイト数がコード長の倍数ではありません',
  'UKE-E030': '数値の整数部又は小数部の桁数が誤っています',
  'UKE-E031': 'レセプト種別コードが別表5にありません',
  'UKE-E032': '診療識別コードが別表20にありません',
  'UKE-E033': '負担区分コードが別表21にありません',
  'UKE-E034': '男女区分コードが別表6にありません',
  'UKE-E035': '転帰区分コードが別表18にありません',
  'UKE-E036': 'コードが別表にありません',
  'UKE-E040': 'レセプト共通レコード（RE）の前にレセプトのレコードがあります',
  'UKE-E041': 'レセプト種別に対応する保険者レコード（HO）がありません',
  'UKE-E042': '公費単独・公費併用のレセプトに保険者レコード（HO）があります',
  'UKE-E043': '公費レコード（KO）の数がレセプト種別と一致しません',
  'UKE-E044': '1レセプトに1件のみ記録できるレコードが重複しています',
  'UKE-E045': '公費単独・公費併用のレセプトに資格確認レコード（SN）があります',
  'UKE-E046': '負担区分・負担者種別がレセプトの保険者・公費と一致しません',
  'UKE-E047': '傷病名レコード（SY）がありません',
  'UKE-E048': '診療行為・医薬品・特定器材レコードがありません',
  'UKE-E049': '診療識別を省略したレコードが98レコードを超えて連続しています',
  'UKE-E050': '回数が算定日情報の合計と一致しません',
  'UKE-E051': '点数・回数算定単位内の回数が一致しません',
  'UKE-E052': '点数・回数算定単位内の算定日情報が一致しません',
  'UKE-E053': '点数・回数算定単位の最終レコードに点数がありません',
  'UKE-E054': '保険者レコードの合計点数が摘要の点数の合計と一致しません',
  'UKE-E055': '公費レコードの合計点数が摘要の点数の合計と一致しません',
  'UKE-E056': '診療年月が請求年月より後です',
  'UKE-E057': '受診日等レコード（JD）が負担者ごとに1件を超えています',
  'UKE-E058': 'レセプト種別（本人・家族・未就学者・高齢受給者）が患者の年齢と一致しません',
  'UKE-E060': '総件数がレセプト件数の合計と一致しません',
  'UKE-E061': '総合計点数が各レセプトの主保険の合計点数の合計と一致しません',
  'UKE-E062': 'マルチボリューム識別情報が誤っています',
  'UKE-E063': 'レセプト番号が重複しています',
  'UKE-E064': 'レセプト番号が昇順ではありません',
  'UKE-W001': '改行コードがCRLFではありません（LFのみ）',
  'UKE-W002': 'ファイルの最後にEOFコード（1A）がありません',
  'UKE-W003': '旧版のレコードのため読み飛ばしました',
  'UKE-W004': '末尾の空項目が省略されています',
  'UKE-W005': 'レセプト番号が連続していません',
  'UKE-W006': '最終ボリューム以外に総件数・総合計点数が記録されています',
  'UKE-W007': '数値項目の上位桁にゼロがあります',
  'UKE-W008': '令和3年8月診療以前分の資格確認・受診日等・窓口負担額レコードは読み飛ばされます',
  'UKE-W009': '文字項目が最大バイト数を超えています',
};

export const UKE_ERROR_CODES = Object.keys(DEFAULT_SEVERITY) as UkeErrorCode[];
