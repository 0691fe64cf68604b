/** 情况说明 — generating 第三部分 from the tables and 参数, and checking an existing text against the tables. */
export * from './facts';
export * from './sentence';
export * from './generate';
export * from './render';
export * from './charts';
export type { Finding } from './finding';
export * from './check';
export * from './verify';
export * from './find';
export * from './workbook';
export * from './model';
export * from './rules';
export * from './final';
