/**
 * `kokuho corrections request|list|show|review|decide|cancel`: cases of 過誤・再審査・取下げ・再請求 on
 * decided claims, entered by federation staff (paper or system requests from insurers and providers).
 * A decision's money goes to the books of its 処理月 (--posting-month). A refused operation prints the
 * reason in Japanese and exits 1 (with --json, also `{ "error": { code, message } }` on stdout);
 * a mistake in the options exits 2. See docs/corrections.md.
 */
import type { Command } from 'commander';
import { federationName, type FederationCode } from '@kokuho/core/common';
import {
  CASE_REASONS, CASE_STATES, CORRECTION_KIND_LABELS, CORRECTION_KINDS, OUTCOME_LABELS,
  type Actor, type CaseState, type ClaimRef, type CorrectionKind, type CorrectionTiming, type Requester,
} from '@kokuho/core/corrections';
import { openDatabase, type KokuhoDb } from '@kokuho/store';
import { CorrectionCaseError, decideCase, listCases, moveCase, requestCase, showCase, type OutcomeRequest } from '@kokuho/store/corrections';
import { balanceLines, caseDetailLines, caseLine, kindText, yen } from '../lib/correction-text.ts';
import { federationOption, monthOption } from '../lib/options.ts';
import { UsageError } from '../usage-error.ts';

const BY = 'kokuho corrections';

/** Today in Japan: the day a request or decision is dated unless --date says otherwise. */
const todayInJapan = (): string => new Date(Date.now() + 9 * 3_600_000).toISOString().slice(0, 10);

function dateOption(v: string | undefined): string {
  const d = v ?? todayInJapan();
  if (!/^\d{4}-\d\d-\d\d$/.test(d)) throw new UsageError(`--date は YYYY-MM-DD です: ${d}`);
  return d;
}

function kindOption(v: string): CorrectionKind {
  const k = CORRECTION_KINDS.find((x) => x === v || CORRECTION_KIND_LABELS[x] === v);
  if (!k) throw new UsageError(`--kind は ${CORRECTION_KINDS.map((x) => `${x}（${CORRECTION_KIND_LABELS[x]}）`).join(' / ')} のいずれかです: ${v}`);
  return k;
}

function claimOption(v: string, name: string): ClaimRef {
  const m = /^(\d{1,15}):(\d{1,9})$/.exec(v);
  if (!m) throw new UsageError(`${name} は ファイル番号:レセプト連番 です（例 12:3）: ${v}`);
  return { fileId: Number(m[1]), seq: Number(m[2]) };
}

function caseIdArg(v: string): number {
  if (!/^\d{1,15}$/.test(v)) throw new UsageError(`申出番号は数字です: ${v}`);
  return Number(v);
}

function requesterOption(o: { insurer?: string; provider?: string }): Requester | undefined {
  if (o.insurer && o.provider) throw new UsageError('--insurer と --provider はどちらか一方です');
  if (o.insurer) return { type: 'insurer', code: o.insurer };
  if (o.provider) return { type: 'provider', code: o.provider };
  return undefined;
}

/** --cut LINE:POINTS:事由 (repeatable). */
function cutOption(v: string, all: string[] = []): string[] {
  return [...all, v];
}

const staff = (federation: FederationCode, by: string): Actor => ({ accountId: by, party: { type: 'federation', code: federation } });

/** Runs on the database; a refused case operation exits 1 with its Japanese reason. */
async function withCases(json: boolean | undefined, fn: (k: KokuhoDb) => Promise<void>): Promise<void> {
  const k = await openDatabase();
  try {
    await fn(k);
  } catch (e) {
    if (!(e instanceof CorrectionCaseError)) throw e;
    if (json) process.stdout.write(`${JSON.stringify({ error: { code: e.code, message: e.message } }, null, 2)}\n`);
    console.error(`kokuho: ${e.message}`);
    process.exitCode = 1;
  } finally {
    await k.close();
  }
}

const print = (json: boolean | undefined, value: unknown, lines: () => string[]): void => {
  if (json) process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
  else for (const l of lines()) console.log(l);
};

export function register(program: Command): void {
  const corrections = program.command('corrections').description('過誤・再審査・取下げ・再請求の申出（決定済みレセプトの訂正）');
  corrections
    .command('request')
    .description('申出を受け付ける（申出者・期限・レセプトの状態を確かめて記録）')
    .requiredOption('--federation <code>', '連合会（都道府県番号）')
    .requiredOption('--kind <kind>', `種類: ${CORRECTION_KINDS.map((x) => `${x}（${CORRECTION_KIND_LABELS[x]}）`).join(' / ')}`)
    .requiredOption('--claim <file:seq>', 'レセプト（ファイル番号:レセプト連番）')
    .option('--insurer <number>', '申出者の保険者番号')
    .option('--provider <code>', '申出者の医療機関コード')
    .requiredOption('--reason <code>', `理由コード: ${CASE_REASONS.map((r) => `${r.code}（${r.label}）`).join(' / ')}`)
    .option('--reason-text <text>', '理由の記載', '')
    .option('--same-month', '同月過誤（再請求分と同じ処理月に記帳する。既定は通常過誤）')
    .option('--new-claim <file:seq>', '再請求（訂正後）のレセプト（再請求・同月過誤）')
    .option('--date <YYYY-MM-DD>', '申出日（既定: 今日）')
    .option('--by <account>', '入力した利用者', BY)
    .option('--json', 'JSON で出力')
    .action(async (o: { federation: string; kind: string; claim: string; insurer?: string; provider?: string; reason: string; reasonText: string; sameMonth?: boolean; newClaim?: string; date?: string; by: string; json?: boolean }) => {
      const federation = federationOption(o.federation);
      const kind = kindOption(o.kind);
      const requester = requesterOption(o);
      if (!requester) throw new UsageError('申出者を --insurer（保険者番号）か --provider（医療機関コード）で指定してください');
      if (o.sameMonth && kind !== 'correction') throw new UsageError('--same-month は過誤（correction）だけです');
      const timing: CorrectionTiming | undefined = kind === 'correction' ? (o.sameMonth ? 'same-month' : 'ordinary') : undefined;
      const input = {
        kind, timing, requester, claim: claimOption(o.claim, '--claim'), newClaim: o.newClaim ? claimOption(o.newClaim, '--new-claim') : undefined,
        reasonCode: o.reason, reasonText: o.reasonText, requestedOn: dateOption(o.date), enteredBy: o.by,
      };
      await withCases(o.json, async (k) => {
        const c = await requestCase(k, federation, input);
        print(o.json, c, () => [`${federationName(federation)}: ${kindText(c)}の申出を受け付けました（申出番号 ${c.caseId}）`, `  期限 ${c.deadline ?? 'なし'} — ${c.deadlineBasis}`]);
      });
    });
  corrections
    .command('list')
    .description('申出の一覧（新しい順）')
    .requiredOption('--federation <code>', '連合会（都道府県番号）')
    .option('--state <state>', `状態: ${CASE_STATES.join(' / ')}`)
    .option('--kind <kind>', '種類')
    .option('--insurer <number>', '申出者の保険者番号')
    .option('--provider <code>', '申出者の医療機関コード')
    .option('--posting-month <YYYY-MM>', '決定の処理月')
    .option('--json', 'JSON で出力')
    .action(async (o: { federation: string; state?: string; kind?: string; insurer?: string; provider?: string; postingMonth?: string; json?: boolean }) => {
      const federation = federationOption(o.federation);
      if (o.state && !CASE_STATES.includes(o.state as CaseState)) throw new UsageError(`--state は ${CASE_STATES.join(' / ')} のいずれかです: ${o.state}`);
      const filter = {
        state: o.state as CaseState | undefined, kind: o.kind ? kindOption(o.kind) : undefined, requester: requesterOption(o),
        postingMonth: o.postingMonth ? monthOption(o.postingMonth) : undefined,
      };
      await withCases(o.json, async (k) => {
        const cases = await listCases(k, federation, filter);
        print(o.json, { federation, cases }, () => [`${federationName(federation)}: 申出 ${cases.length}件`, ...cases.map((c) => `  ${caseLine(c)}`)]);
      });
    });
  corrections
    .command('show <caseId>')
    .description('申出の内容・経過・記帳')
    .requiredOption('--federation <code>', '連合会（都道府県番号）')
    .option('--json', 'JSON で出力')
    .action(async (id: string, o: { federation: string; json?: boolean }) => {
      const federation = federationOption(o.federation);
      await withCases(o.json, async (k) => {
        const d = await showCase(k, federation, caseIdArg(id));
        print(o.json, d, () => caseDetailLines(d));
      });
    });
  corrections
    .command('review <caseId>')
    .description('申出の審査を始める（申出受付 → 審査中）')
    .requiredOption('--federation <code>', '連合会（都道府県番号）')
    .option('--date <YYYY-MM-DD>', '日付（既定: 今日）')
    .option('--by <account>', '担当者', BY)
    .option('--json', 'JSON で出力')
    .action(async (id: string, o: { federation: string; date?: string; by: string; json?: boolean }) => {
      const federation = federationOption(o.federation);
      await withCases(o.json, async (k) => {
        const c = await moveCase(k, federation, caseIdArg(id), 'start-review', { actor: staff(federation, o.by), onDate: dateOption(o.date) });
        print(o.json, c, () => [`申出番号 ${c.caseId}: 審査中にしました`]);
      });
    });
  corrections
    .command('decide <caseId>')
    .description('申出を決定する（金額は処理月の帳簿に新しい記帳として。不受理は --outcome refused と --reason）')
    .requiredOption('--federation <code>', '連合会（都道府県番号）')
    .requiredOption('--outcome <outcome>', `決定: ${Object.entries(OUTCOME_LABELS).map(([k, v]) => `${k}（${v}）`).join(' / ')} / refused（不受理）`)
    .option('--posting-month <YYYY-MM>', '記帳する処理月（既定: 決定日の月。決定日の月か翌月だけ）')
    .option('--cut <line:points:事由>', '査定する行・査定後の点数・増減点事由（繰り返し指定可）', cutOption)
    .option('--new-claim <file:seq>', '再請求（訂正後）のレセプト（申出で指定していないとき）')
    .option('--reason <text>', '決定・不受理の理由', '')
    .option('--date <YYYY-MM-DD>', '決定日（既定: 今日）')
    .option('--by <account>', '決定した担当者', BY)
    .option('--json', 'JSON で出力')
    .action(async (id: string, o: { federation: string; outcome: string; postingMonth?: string; cut?: string[]; newClaim?: string; reason: string; date?: string; by: string; json?: boolean }) => {
      const federation = federationOption(o.federation);
      const caseId = caseIdArg(id);
      const decidedOn = dateOption(o.date);
      const actor = staff(federation, o.by);
      if (o.outcome === 'refused') {
        if (!o.reason.trim()) throw new UsageError('不受理には --reason が必要です');
        return withCases(o.json, async (k) => {
          const c = await moveCase(k, federation, caseId, 'refuse', { actor, onDate: decidedOn, reason: o.reason });
          print(o.json, c, () => [`申出番号 ${c.caseId}: 不受理としました（${o.reason}）`]);
        });
      }
      const outcome = outcomeOption(o.outcome, o.cut ?? []);
      const postingMonth = monthOption(o.postingMonth ?? decidedOn.slice(0, 7));
      await withCases(o.json, async (k) => {
        const r = await decideCase(k, federation, caseId, { outcome, postingMonth, decidedOn, actor, reason: o.reason, newClaim: o.newClaim ? claimOption(o.newClaim, '--new-claim') : undefined });
        print(o.json, r, () => [
          `申出番号 ${caseId}: ${OUTCOME_LABELS[r.case.outcome!.type]}と決定しました${r.retried ? '（決定済み。何も書き込んでいません）' : ''}`,
          `  ${postingMonth}の帳簿: 新規の記帳 ${r.inserted}行、記帳済み ${r.existing}行`,
          ...balanceLines(r.balance.byAccount),
          ...(r.balance.entries ? [`  差（保険者・公費の負担 − 医療機関への支払）: ${yen(r.balance.imbalance)}`] : []),
        ]);
      });
    });
  corrections
    .command('cancel <caseId>')
    .description('申出を取り消す（申出者からの取消しを連合会の職員が入力）')
    .requiredOption('--federation <code>', '連合会（都道府県番号）')
    .option('--reason <text>', '取消しの理由', '')
    .option('--date <YYYY-MM-DD>', '日付（既定: 今日）')
    .option('--by <account>', '入力した担当者', BY)
    .option('--json', 'JSON で出力')
    .action(async (id: string, o: { federation: string; reason: string; date?: string; by: string; json?: boolean }) => {
      const federation = federationOption(o.federation);
      await withCases(o.json, async (k) => {
        const c = await moveCase(k, federation, caseIdArg(id), 'cancel', { actor: staff(federation, o.by), onDate: dateOption(o.date), reason: o.reason });
        print(o.json, c, () => [`申出番号 ${c.caseId}: 申出を取り消しました`]);
      });
    });
}

function outcomeOption(v: string, cuts: string[]): OutcomeRequest {
  if (v === 'adjusted') {
    if (!cuts.length) throw new UsageError('査定（adjusted）には --cut 行:査定後の点数:事由 を1つ以上指定してください');
    return {
      type: 'adjusted',
      cuts: cuts.map((c) => {
        const m = /^(\d{1,9}):(\d{1,9}):([A-Z])$/.exec(c);
        if (!m) throw new UsageError(`--cut は 行:査定後の点数:事由 です（例 14:50:B）: ${c}`);
        return { line: Number(m[1]), pointsAfter: Number(m[2]), reasonCode: m[3]! };
      }),
    };
  }
  if (v === 'accepted' || v === 'unchanged' || v === 'linked') {
    if (cuts.length) throw new UsageError('--cut は査定（adjusted）のときだけです');
    return { type: v };
  }
  throw new UsageError(`--outcome は accepted / unchanged / adjusted / linked / refused のいずれかです: ${v}`);
}
