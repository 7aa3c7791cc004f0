/** Kysely row types of migration 0008 (review queues). */
import type { ColumnType } from 'kysely';

export interface ReviewItemTable {
  federation_code: string;
  file_id: number;
  seq: number;
  service_month: string;
  queue: string;
  priority: number;
  sorting_row: number;
  reason: string;
  status: ColumnType<string, string | undefined, string>;
  sorted_at: ColumnType<Date, never, Date>;
}

export interface ReviewTables {
  review_items: ReviewItemTable;
}
