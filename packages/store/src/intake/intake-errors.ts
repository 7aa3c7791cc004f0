/**
 * Typed errors of intake (bad input is never one of these: it becomes a 受付エラー or a finding).
 */
export const INTAKE_ERROR_MESSAGES = {
  IN_PROGRESS: '同じファイルを別の処理が受付中です。終わってから再送してください（受付済みなら重複として扱います）',
} as const;

export type IntakeErrorCode = keyof typeof INTAKE_ERROR_MESSAGES;

export class IntakeError extends Error {
  constructor(readonly code: IntakeErrorCode, readonly file: string) {
    super(`${file}: ${INTAKE_ERROR_MESSAGES[code]}`);
    this.name = 'IntakeError';
  }
}

/** PostgreSQL's unique_violation, on both engines. */
export const isUniqueViolation = (e: unknown): boolean => (e as { code?: string } | null)?.code === '23505';
