/**
 * `kokuho calc window-copay [--json '<input>']`: pricing of one claim at the window (一部負担金,
 * 高額療養費 in kind, 公費, 食事). The input JSON comes from --json or, without it, from standard
 * input; the result JSON goes to standard output (docs/pricing.md for both shapes).
 * Exit 0 on success; 2 on bad input, with one Japanese line per error on standard error (each naming
 * its field) and `{"errors": […]}` on standard output for scripts.
 */
import type { Command } from 'commander';
import { priceWindowCopay, type WindowCopayInput } from '@kokuho/core/pricing';
import { UsageError } from '../usage-error.ts';

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) throw new UsageError("入力がありません。--json '{…}' で渡すか、標準入力に JSON を渡してください（docs/pricing.md）");
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export function register(program: Command): void {
  const calc = program.commands.find((c) => c.name() === 'calc') ?? program.command('calc').description('計算（窓口負担など）');
  calc
    .command('window-copay')
    .description('1件のレセプトの窓口負担を計算する（一部負担金・高額療養費の現物給付・公費・食事療養）')
    .option('--json <input>', '入力の JSON（省略時は標準入力から読む）')
    .addHelpText('after', `
入力の例:
  kokuho calc window-copay --json '{"points":40000,"serviceMonth":"2025-05","birthDate":"1980-06-15","incomeCategory":"ウ","inpatient":true,"repeatedHighCost":false}'
項目: points（点数）, serviceMonth（診療年月 YYYY-MM）, birthDate（生年月日 YYYY-MM-DD）,
  incomeCategory（ア イ ウ エ オ 現役並みⅢ 現役並みⅡ 現役並みⅠ 一般 低所得Ⅱ 低所得Ⅰ、後期は一般Ⅰ 一般Ⅱ も）,
  inpatient（入院 true/false）, repeatedHighCost（多数回該当 true/false）,
  publicExpense（任意: {"lawNumber":"54","selfPayCap":10000,"paidThisMonth":0}）,
  meals（任意: {"count":30,"cost":20700,"longStay":false}）。説明は docs/pricing.md`)
    .action(async (opts: { json?: string }) => {
      const text = opts.json ?? (await readStdin());
      if (!text.trim()) throw new UsageError("入力が空です。--json '{…}' で渡すか、標準入力に JSON を渡してください（docs/pricing.md）");
      let raw: unknown;
      try {
        raw = JSON.parse(text);
      } catch (e) {
        throw new UsageError(`入力が JSON として読めません: ${(e as Error).message}`);
      }
      const r = priceWindowCopay(raw as WindowCopayInput);
      if (!r.ok) {
        for (const e of r.errors) console.error(`kokuho: ${e.message}`);
        process.stdout.write(`${JSON.stringify({ errors: r.errors }, null, 2)}\n`);
        process.exitCode = 2;
        return;
      }
      process.stdout.write(`${JSON.stringify(r.value, null, 2)}\n`);
      process.exitCode = 0;
    });
}
