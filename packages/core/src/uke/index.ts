/** UKE (レセプト電算処理) claim files: layouts, typed records, streaming parser, writer, file check. */
export type * from './types.ts';
export * from './code-tables.ts';
export * from './error-codes.ts';
export * from './record-layouts.ts';
export { parseUke, parseUkeSync, type UkeParseOptions } from './parse-uke.ts';
export { checkUke, type UkeCheckOptions } from './check-uke.ts';
export type { SeverityOverrides } from './diagnostics.ts';
export { UkeWriter, encodeUke, writeUke, type UkeWriterOptions, type UkeTrailerOverrides } from './writer.ts';
export { rewriteUke } from './rewrite-uke.ts';
export { recordFields, recordLine, rawFields, MEDICAL_FIELD_COUNTS, type TypedRecord } from './record-fields.ts';
export { UkeParser } from './parser.ts';
export { isProviderRecord } from './guards.ts';
export { readStoredClaim, type StoredClaimLines, type StoredClaimRead } from './read-stored-claim.ts';
