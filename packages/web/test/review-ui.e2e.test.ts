/**
 * The review screens in a real browser (Chromium via playwright-core) against the API server on a
 * generated, intaken, checked and sorted month: a committee reviewer logs in (a wrong password
 * first), opens a flagged claim from its queue with j / Enter, cuts a line (査定) with 事由 — the
 * server's refusal without 事由 shown first — returns another claim (返戻) with a reason typed in
 * full (the letters typed must not fire shortcuts), confirms a clean claim with c and two more with
 * 一括確定 (x and a click), and logs out. Every result is then read back through the API.
 *
 * Skipped without /usr/bin/chromium (or KOKUHO_CHROMIUM) unless KOKUHO_BROWSER_TESTS=required. The screenshot in
 * docs/images/review-screen.png is written when KOKUHO_SCREENSHOT=1 or when it does not exist.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { chromium, type APIRequestContext, type Browser, type Page } from 'playwright-core';
import { buildWeb } from '@kokuho/api';
import { MONTH, REVIEWER, startReviewFixture, type ReviewFixture } from './review-fixture.ts';

const CHROMIUM = process.env.KOKUHO_CHROMIUM || '/usr/bin/chromium';
const SCREENSHOT = 'docs/images/review-screen.png';
const required = process.env.KOKUHO_BROWSER_TESTS === 'required';
const skip = !existsSync(CHROMIUM) && !required ? `${CHROMIUM} がありません（KOKUHO_BROWSER_TESTS=required で失敗にします）` : false;

interface Item {
  file_id: number;
  seq: number;
  queue: string;
  status: string;
  findings: number;
}
interface Claim {
  lines: { line: number; text: string }[];
  findings: { rule_id: string; line: number; reason_code: string }[];
  decisions: { decision: string; line: number | null; points_before: number | null; points_after: number | null; reason_code: string; reason_text: string }[];
  review: { status: string } | null;
  sheet?: { groups: { lines: { line: number; record: string; points: number | null }[] }[] };
}

let fx: ReviewFixture | undefined;
let browser: Browser | undefined;
let webRoot: string;

before(async () => {
  if (skip) return;
  webRoot = mkdtempSync(join(tmpdir(), 'kokuho-web-dist-'));
  await buildWeb({ outDir: webRoot });
  fx = await startReviewFixture({ webRoot });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
});
after(async () => {
  await browser?.close();
  await fx?.close();
  if (webRoot) rmSync(webRoot, { recursive: true, force: true });
});

const ref = (i: { file_id: number; seq: number }): string => `${i.file_id}/${i.seq}`;

async function json<T>(r: APIRequestContext, path: string): Promise<T> {
  const res = await r.get(`${fx!.url}${path}`);
  assert.equal(res.status(), 200, `${path}: ${await res.text()}`);
  return (await res.json()) as T;
}

/** A flagged line that carries points (as record-decision reads them), with its finding's 事由. */
function cuttableFinding(c: Claim): { line: number; reasonCode: string } | undefined {
  for (const f of c.findings) {
    const raw = c.lines.find((l) => l.line === f.line);
    if (raw && /^(SI|IY|TO),/.test(raw.text) && Number(raw.text.split(',')[5]) > 0) return { line: f.line, reasonCode: /^[ABCDFGHK]$/.test(f.reason_code) ? f.reason_code : 'D' };
  }
  return undefined;
}

/** Moves the list's cursor to the claim with j / k and opens it with Enter. */
async function openFromList(page: Page, item: Item): Promise<void> {
  const rows = page.locator('table.items tbody tr');
  await rows.first().waitFor();
  const keys = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-claim')));
  const target = keys.indexOf(ref(item));
  assert.ok(target >= 0, `${ref(item)} in the list`);
  let at = await rows.evaluateAll((trs) => trs.findIndex((tr) => tr.classList.contains('cursor')));
  while (at !== target) {
    await page.keyboard.press(at < target ? 'j' : 'k');
    at += at < target ? 1 : -1;
  }
  await page.locator(`tr.cursor[data-claim="${ref(item)}"]`).waitFor();
  await page.keyboard.press('Enter');
  await page.waitForURL(new RegExp(`#/claims/${item.file_id}/${item.seq}`));
  await page.locator('.claim-layout').waitFor();
}

test('a reviewer logs in, cuts a line, returns a claim and confirms clean ones in the browser', { skip, timeout: 90_000 }, async () => {
  const context = await browser!.newContext({ viewport: { width: 1400, height: 900 }, locale: 'ja-JP', timezoneId: 'Asia/Tokyo' });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  const api = context.request;

  // ログイン: a wrong password first, the server's message shown in Japanese
  await page.goto(`${fx!.url}/?month=${MONTH}`);
  await page.fill('input[name=federation]', REVIEWER.federation);
  await page.fill('input[name=login]', REVIEWER.login);
  await page.fill('input[name=password]', 'wrong password');
  await page.click('button[type=submit]');
  await page.getByRole('alert').filter({ hasText: 'パスワードのいずれかが違います' }).waitFor();
  await page.fill('input[name=password]', REVIEWER.password);
  await page.click('button[type=submit]');
  await page.locator('.queue-tabs').waitFor();
  await page.getByText('令和7年5月診療分').waitFor();

  // the flagged claims of the month, and one whose flagged claim has a line to cut
  const flagged: Item[] = [];
  for (const queue of ['committee', 'clerical']) {
    const r = await json<{ items: Item[] }>(api, `/api/v1/review/items?month=${MONTH}&queue=${queue}&status=open`);
    flagged.push(...r.items.filter((i) => i.findings > 0));
  }
  let cutItem: Item | undefined, cut: { line: number; reasonCode: string } | undefined, cutClaim: Claim | undefined;
  for (const i of flagged) {
    const c = await json<Claim>(api, `/api/v1/review/claims/${ref(i)}`);
    cut = cuttableFinding(c);
    if (cut) {
      [cutItem, cutClaim] = [i, c];
      break;
    }
  }
  assert.ok(cutItem && cut && cutClaim, 'a flagged claim whose finding is on a line with points');
  const cutLine = cut.line;
  const returnItem = flagged.find((i) => i.queue === cutItem!.queue && ref(i) !== ref(cutItem!));
  assert.ok(returnItem, 'a second flagged claim in the same queue');

  // 審査一覧 → the queue → j / Enter opens the claim
  await page.click(`.queue-tabs [data-queue="${cutItem.queue}"]`);
  await page.waitForURL(new RegExp(`queue=${cutItem.queue}`));
  await openFromList(page, cutItem);

  // every finding is on its line, with its rule id; the trace opens
  for (const f of cutClaim.findings) {
    const onLine = page.locator(`#L${f.line} + tr.finding-row [data-rule="${f.rule_id}"], div#L${f.line} [data-rule="${f.rule_id}"]`);
    assert.ok((await onLine.count()) > 0, `${f.rule_id} shown on line ${f.line}`);
  }
  const card = page.locator(`.finding[data-rule="${cutClaim.findings[0]!.rule_id}"]`).first();
  await card.locator('summary').click();
  assert.ok((await card.locator('details.trace li').count()) > 0, 'the trace of the finding');

  // ? shows the shortcuts, Esc closes them
  await page.keyboard.press('?');
  await page.getByRole('dialog', { name: 'ショートカット' }).waitFor();
  await page.keyboard.press('Escape');
  await page.getByRole('dialog').waitFor({ state: 'detached' });

  // 査定: ↑ / ↓ to the line, a opens the form; without 事由 the server refuses and says why
  const lines = await page.locator('tr.line[data-line]').evaluateAll((trs) => trs.map((tr) => [Number(tr.getAttribute('data-line')), tr.getAttribute('aria-selected') === 'true'] as const));
  let at = lines.findIndex(([, sel]) => sel);
  const to = lines.findIndex(([l]) => l === cutLine);
  assert.ok(at >= 0 && to >= 0, 'a selected line and the line to cut');
  while (at !== to) {
    await page.keyboard.press(at < to ? 'ArrowDown' : 'ArrowUp');
    at += at < to ? 1 : -1;
  }
  await page.locator(`tr[data-line="${cutLine}"][aria-selected="true"]`).waitFor();
  await page.keyboard.press('a');
  const form = page.locator('form.decision-form');
  await form.waitFor();
  await page.keyboard.type('0');
  await page.keyboard.press('Enter');
  await page.getByRole('alert').filter({ hasText: '事由' }).waitFor();
  await form.locator('select[name=reasonCode]').selectOption(cut.reasonCode);
  await form.locator('input[name=reasonText]').fill('算定要件を満たさない');
  await form.locator('input[name=reasonText]').press('Enter');
  await page.getByRole('status').filter({ hasText: '査定を登録しました' }).waitFor();
  await page.locator('.history [data-decision="adjust"]').waitFor();

  if (process.env.KOKUHO_SCREENSHOT === '1' || !existsSync(SCREENSHOT)) {
    mkdirSync(dirname(SCREENSHOT), { recursive: true });
    await page.locator(`tr[data-line="${cutLine}"]`).scrollIntoViewIfNeeded();
    await page.screenshot({ path: SCREENSHOT });
  }

  // Esc back to the list (the cursor stays on the claim), j to the next flagged claim… until the one to return
  await page.keyboard.press('Escape');
  await page.locator('table.items').waitFor();
  await openFromList(page, returnItem);
  await page.keyboard.press('r');
  const reason = page.locator('form.decision-form textarea[name=reasonText]');
  await reason.waitFor();
  // typed letters are text, not shortcuts (c would confirm, h hold, j move on)
  await page.keyboard.type('check: 傷病名の記載漏れ');
  await page.keyboard.press('Control+Enter');
  await page.getByRole('status').filter({ hasText: '返戻を登録しました' }).waitFor();

  // a clean claim confirmed with c on the claim screen, two more with 一括確定
  await page.keyboard.press('Escape');
  await page.click('.queue-tabs [data-queue="auto"]');
  await page.waitForURL(/queue=auto/);
  await page.locator('table.items tbody tr').first().waitFor();
  const clean = (await json<{ items: Item[] }>(api, `/api/v1/review/items?month=${MONTH}&queue=auto&status=open`)).items.filter((i) => i.findings === 0);
  assert.ok(clean.length >= 3, 'clean claims in 自動完結');
  await openFromList(page, clean[0]!);
  await page.keyboard.press('c');
  await page.getByRole('status').filter({ hasText: '確定を登録しました' }).waitFor();
  await page.keyboard.press('Escape');
  await page.locator('table.items').waitFor();

  // 一括確定: x on the cursor's row and a click on another's box, then confirm
  const bulkItems = clean.slice(1, 3);
  await openFromList(page, bulkItems[0]!).then(() => page.keyboard.press('Escape'));
  await page.locator(`tr.cursor[data-claim="${ref(bulkItems[0]!)}"]`).waitFor();
  await page.keyboard.press('x');
  await page.locator(`tr[data-claim="${ref(bulkItems[1]!)}"] input[type=checkbox]`).check();
  await page.getByRole('button', { name: '選択した 2 件を確定' }).click();
  await page.getByRole('button', { name: '確定する' }).click();
  await page.getByRole('status').filter({ hasText: '2 件を確定しました' }).waitFor();

  // ログアウト
  await page.getByRole('button', { name: 'ログアウト' }).click();
  await page.locator('form.login-box').waitFor();
  assert.deepEqual(pageErrors, []);

  // the results, through the API (a fresh session)
  const r = await api.post(`${fx!.url}/api/v1/session`, { data: { federation: REVIEWER.federation, login: REVIEWER.login, password: REVIEWER.password } });
  assert.equal(r.status(), 201);
  const adjusted = await json<Claim>(api, `/api/v1/review/claims/${ref(cutItem)}`);
  assert.deepEqual(adjusted.decisions.map((d) => [d.decision, d.line, d.points_after, d.reason_code, d.reason_text]), [['adjust', cutLine, 0, cut.reasonCode, '算定要件を満たさない']]);
  const returned = await json<Claim>(api, `/api/v1/review/claims/${ref(returnItem)}`);
  assert.deepEqual(returned.decisions.map((d) => [d.decision, d.reason_text]), [['return', 'check: 傷病名の記載漏れ']]);
  assert.equal(returned.review?.status, 'decided');
  const confirmed = await json<Claim>(api, `/api/v1/review/claims/${ref(clean[0]!)}`);
  assert.deepEqual(confirmed.decisions.map((d) => d.decision), ['confirm']);
  assert.equal(confirmed.review?.status, 'decided');
  const auto = (await json<{ items: Item[] }>(api, `/api/v1/review/items?month=${MONTH}&queue=auto&status=decided`)).items.map(ref).sort();
  const expected = [clean[0]!, ...bulkItems].map(ref).sort();
  assert.deepEqual(auto, expected);
  await context.close();
});
