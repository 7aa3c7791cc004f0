/**
 * Corrections of decided claims (過誤・再審査・取下げ・再請求) as cases, and each case's history.
 * A case row keeps what was asked (claim, requester, reason, dates: never rewritten — the application
 * role may update only the columns a case's decision fills) and its current state; every move is an
 * append-only event. One open case per claim, enforced by a partial unique index so that two clerks
 * entering the same request at once cannot both succeed. Money is in the ledger, never here.
 */
import { sql, type Kysely } from 'kysely';
import { APP_ROLE } from '../db/database.ts';
import { enableTenantIsolation } from './rls.ts';

const STATES = `('requested', 'under-review', 'decided', 'refused', 'cancelled')`;

const STATEMENTS = [
  `create table correction_cases (
    federation_code char(2) not null,
    case_id bigint generated always as identity,
    kind text not null,
    timing text,
    requester_type text not null,
    requester_code text not null,
    entered_by text not null,
    file_id bigint not null,
    seq integer not null,
    new_file_id bigint,
    new_seq integer,
    reason_code text not null,
    reason_text text not null default '',
    requested_on date not null,
    deadline date,
    deadline_basis text not null,
    state text not null,
    outcome jsonb,
    posting_month char(7),
    decided_on date,
    created_at timestamptz not null default now(),
    primary key (federation_code, case_id),
    foreign key (federation_code, file_id, seq) references claims (federation_code, file_id, seq),
    foreign key (federation_code, new_file_id, new_seq) references claims (federation_code, file_id, seq),
    constraint correction_cases_kind check (kind in ('correction', 're-review', 'withdrawal', 'resubmission')),
    constraint correction_cases_timing check ((kind = 'correction') = (timing is not null) and (timing is null or timing in ('ordinary', 'same-month'))),
    constraint correction_cases_requester check (requester_type in ('insurer', 'provider')),
    constraint correction_cases_state check (state in ${STATES}),
    constraint correction_cases_new_claim check ((new_file_id is null) = (new_seq is null)),
    constraint correction_cases_decided check ((state = 'decided') = (outcome is not null)),
    constraint correction_cases_month check (posting_month is null or posting_month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$')
  )`,
  `create unique index correction_cases_open on correction_cases (federation_code, file_id, seq) where state in ('requested', 'under-review')`,
  `create index correction_cases_state on correction_cases (federation_code, state, kind)`,
  `create index correction_cases_requester on correction_cases (federation_code, requester_type, requester_code)`,
  `create table correction_events (
    federation_code char(2) not null,
    case_id bigint not null,
    event_no integer not null,
    action text not null,
    from_state text,
    to_state text not null,
    account_id text not null,
    on_date date not null,
    reason text not null default '',
    detail jsonb,
    at timestamptz not null default now(),
    primary key (federation_code, case_id, event_no),
    foreign key (federation_code, case_id) references correction_cases (federation_code, case_id),
    constraint correction_events_action check (action in ('request', 'start-review', 'decide', 'refuse', 'cancel')),
    constraint correction_events_to check (to_state in ${STATES})
  )`,
];

export async function up(db: Kysely<any>): Promise<void> {
  for (const s of STATEMENTS) await sql.raw(s).execute(db);
  for (const t of ['correction_cases', 'correction_events']) {
    await enableTenantIsolation(db, t);
    await sql.raw(`revoke update, delete, truncate on ${t} from ${APP_ROLE}`).execute(db);
  }
  // what a decision fills in; the request itself stays as it was asked
  await sql.raw(`grant update (state, outcome, posting_month, decided_on, new_file_id, new_seq) on correction_cases to ${APP_ROLE}`).execute(db);
}
