/** 决算情况说明 — generating the 决算 sections from the 决算 tables and checking a 决算 text (issue 8 item 2). */
export * from './facts';
export * from './inputs';
export * from './generate';
