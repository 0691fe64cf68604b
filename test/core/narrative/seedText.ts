/** The seed's published 第三部分 (text lines 478–553 and 1519–1541), without the contents page and the appended 绩效目标 tables. */
import { loadSeedText } from '../../support/seed';

export function seedPart3(): string {
  const text = loadSeedText();
  const start = /^第三部分 [^\t\n]*$/mu.exec(text)!.index;
  const end = /^第四部分 [^\t\n]*$/mu.exec(text)!.index;
  const tables = text.indexOf('（项目绩效目标表公开情况见附件）', start);
  const assets = text.indexOf('十一、国有资产占有使用情况', tables);
  return text.slice(start, tables) + text.slice(assets, end);
}
