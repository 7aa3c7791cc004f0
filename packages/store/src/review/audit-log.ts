/**
 * The tamper-evident audit log: entries chained by SHA-256 per federation. appendAudit runs inside
 * the caller's federation-bound transaction (so the entry commits with what it records) and takes a
 * transaction lock per federation so that two writers cannot fork the chain.
 */
import { createHash } from 'node:crypto';
import { sql, type Transaction } from 'kysely';
import type { FederationCode } from '@kokuho/core/common';
import type { KokuhoDb } from '../db/database.ts';
import type { Schema } from '../schema.ts';

export const GENESIS_HASH = '0'.repeat(64);

export interface AuditEntry {
  accountId: string;
  action: string;
  target: Record<string, unknown>;
  before?: unknown;
  after?: unknown;
}

/** JSON with object keys sorted at every level: the same value always hashes the same. */
export function canonicalJson(v: unknown): string {
  if (v === null || typeof v !== 'object') return JSON.stringify(v ?? null);
  if (Array.isArray(v)) return `[${v.map(canonicalJson).join(',')}]`;
  const o = v as Record<string, unknown>;
  return `{${Object.keys(o).filter((k) => o[k] !== undefined).sort().map((k) => `${JSON.stringify(k)}:${canonicalJson(o[k])}`).join(',')}}`;
}

function entryHash(prev: string, e: { federation: string; entryNo: number; at: string; accountId: string; action: string; target: unknown; before: unknown; after: unknown }): string {
  return createHash('sha256').update(`${prev}\n${canonicalJson(e)}`).digest('hex');
}

export async function appendAudit(trx: Transaction<Schema>, federation: FederationCode, e: AuditEntry): Promise<{ entryNo: number; hash: string }> {
  await sql`select pg_advisory_xact_lock(hashtext(${`kokuho.audit.${federation}`}))`.execute(trx);
  const last = await trx.selectFrom('audit_log').select(['entry_no', 'hash']).orderBy('entry_no', 'desc').limit(1).executeTakeFirst();
  const entryNo = (last ? Number(last.entry_no) : 0) + 1;
  const prev = last?.hash ?? GENESIS_HASH;
  const at = new Date().toISOString();
  const before = e.before ?? null, after = e.after ?? null;
  const hash = entryHash(prev, { federation, entryNo, at, accountId: e.accountId, action: e.action, target: e.target, before, after });
  await trx.insertInto('audit_log').values({
    federation_code: federation, entry_no: entryNo, at, account_id: e.accountId, action: e.action,
    target: JSON.stringify(e.target), before: JSON.stringify(before), after: JSON.stringify(after), prev_hash: prev, hash,
  }).execute();
  return { entryNo, hash };
}

/** Recomputes the chain: `brokenAt` is the first entry whose hash or link does not hold. */
export async function verifyAuditChain(k: KokuhoDb, federation: FederationCode): Promise<{ entries: number; brokenAt: number | undefined }> {
  const rows = await k.withFederation(federation, (trx) => trx.selectFrom('audit_log').selectAll().orderBy('entry_no').execute());
  let prev = GENESIS_HASH;
  for (const r of rows) {
    const parse = (v: unknown): unknown => (typeof v === 'string' ? JSON.parse(v) : v);
    const expected = entryHash(prev, {
      federation, entryNo: Number(r.entry_no), at: new Date(r.at).toISOString(), accountId: r.account_id, action: r.action,
      target: parse(r.target), before: parse(r.before), after: parse(r.after),
    });
    if (r.prev_hash !== prev || r.hash !== expected) return { entries: rows.length, brokenAt: Number(r.entry_no) };
    prev = r.hash;
  }
  return { entries: rows.length, brokenAt: undefined };
}
