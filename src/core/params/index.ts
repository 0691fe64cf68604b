/** 参数 — the 情况说明's inputs that are not in the tables: declaration, sheet, reader, the seed's sample. */
export * from './schema';
export * from './sheet';
export { sampleParams } from './sample';
export { PARAM_RULES } from './rules';
