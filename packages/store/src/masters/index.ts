export * from './master-tables.ts';
export * from './master-file-reader.ts';
export * from './import-master-files.ts';
export * from './rederive-versions.ts';
export * from './load-master-snapshot.ts';
export * from './master-names.ts';
