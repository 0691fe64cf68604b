/** 绩效目标表 — templates, reading and checks of the performance-target tables (issue 8 item 3). */
export * from './model';
export * from './similarity';
export * from './read';
export * from './sheet';
export * from './check';
