import { recognizeWorkbook } from '../../../src/core/recognize';
import type { TypedTable } from '../../../src/core/model';
import { eachPrintedInTwoTables, printedQuantities, type ResolvedPrinting } from '../../../src/core/vocabulary';
import { corpusWorkbook, loadCorpusDocument } from '../../support/corpus';
import { buildSeedWorkbook } from '../../support/seedGrids';
import { finalExpenditureGrid, finalFundGrid, finalIncomeGrid, finalSummaryGrid } from '../rules/finalGrids';

/** A printing as a reader names it: the table, the row's label cell and the cells summed. */
function described(printing: ResolvedPrinting): string {
  const cells = printing.cells.map((cell) => cell?.address ?? '—').join('+');
  return `${printing.table.title} ${printing.row?.labelAddress ?? '（未列出）'} ${printing.columnName} ${cells}`;
}

/** What the cross-table rule compares, read the slow way: every quantity built, those printed in two tables kept. */
function fromBuiltQuantities(tables: readonly TypedTable[]): string[] {
  return printedQuantities(tables)
    .filter(({ printings }) => new Set(printings.map((p) => p.table)).size > 1)
    .map(({ quantity, printings }) => [quantity.phrase, ...printings.map(described)].join(' | '));
}

function fromWalk(tables: readonly TypedTable[]): string[] {
  const walked: string[] = [];
  eachPrintedInTwoTables(tables, (printings, phrase) => walked.push([phrase(), ...printings.map(described)].join(' | ')));
  return walked;
}

describe('the cross-table rule walks subjects code by code and sees what the built vocabulary sees', () => {
  const workbooks = {
    'the seed (13 tables)': buildSeedWorkbook().workbook,
    'a 决算 workbook': [finalSummaryGrid(), finalIncomeGrid(), finalExpenditureGrid(), finalFundGrid()],
    'the Shanghai 单位 budget (元, split 类/款/项)': corpusWorkbook(loadCorpusDocument('sh-putuo-sifaju-unit-budget-2026.json')),
    'the Shanghai 决算': corpusWorkbook(loadCorpusDocument('sh-putuo-czj-final-2024.json')),
  };
  for (const [name, workbook] of Object.entries(workbooks)) {
    it(`${name}: the same quantities, phrases and printings, in the same order`, () => {
      const { tables } = recognizeWorkbook(workbook);
      const walked = fromWalk(tables);
      expect(walked.length).toBeGreaterThan(3);
      expect(walked).toEqual(fromBuiltQuantities(tables));
    });
  }

  it('on the seed it includes a 项 printed in 表2 and 表3 (2240108) and a 类 printed in 表1 and 表3 (224)', () => {
    const walked = fromWalk(recognizeWorkbook(buildSeedWorkbook().workbook).tables);
    expect(walked.some((line) => line.startsWith('应急救援 |') && line.includes('收入总表') && line.includes('支出汇总表'))).toBe(true);
    expect(walked.some((line) => line.startsWith('灾害防治及应急管理支出 |') && line.includes('收支总表') && line.includes('支出汇总表'))).toBe(true);
  });
});
