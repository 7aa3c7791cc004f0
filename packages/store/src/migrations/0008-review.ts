/**
 * The review queues (issue 5): one row per checked claim, the queue 振分 put it in and why. A claim
 * whose review has begun keeps its queue when the month is sorted again.
 */
import { sql, type Kysely } from 'kysely';
import { enableTenantIsolation } from './rls.ts';

const STATEMENTS = [
  `create table review_items (
    federation_code char(2) not null,
    file_id bigint not null,
    seq integer not null,
    service_month char(7) not null,
    queue text not null,
    priority smallint not null,
    sorting_row integer not null,
    reason text not null,
    status text not null default 'open',
    sorted_at timestamptz not null default now(),
    primary key (federation_code, file_id, seq),
    foreign key (federation_code, file_id, seq) references claims (federation_code, file_id, seq) on delete cascade,
    constraint review_items_queue check (queue in ('special', 'committee', 'clerical', 'auto')),
    constraint review_items_status check (status in ('open', 'held', 'decided'))
  )`,
  `create index review_items_queue on review_items (federation_code, service_month, queue, status, priority)`,
];

export async function up(db: Kysely<any>): Promise<void> {
  for (const s of STATEMENTS) await sql.raw(s).execute(db);
  await enableTenantIsolation(db, 'review_items');
}
