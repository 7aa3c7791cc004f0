export * from './result.ts';
export * from './money.ts';
export * from './prefectures.ts';
export * from './dates.ts';
export * from './sjis.ts';
export * from './csv-out.ts';
