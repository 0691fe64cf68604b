import fc from 'fast-check';
import type { CellValue, Grid } from '../../../src/core/grid';
import { rangeFromA1 } from '../../../src/core/grid';
import type { TableKind } from '../../../src/core/model';
import { missingTables, recognizeWorkbook } from '../../../src/core/recognize';
import { buildSeedWorkbook, mutateSeedCell } from '../../support/seedGrids';
import { sheet } from './gridFixture';

const built = buildSeedWorkbook();

function amountAt(recognitionTables: ReturnType<typeof recognizeWorkbook>['tables'], kind: TableKind, code: string) {
  return recognitionTables.find((t) => t.kind === kind)?.rows.find((r) => r.code === code)?.amounts.total;
}

describe('recognition problems in amount cells', () => {
  const at = built.cellOf(3, '22401', 2);

  it.each([
    ['a text number is read and flagged as 文本型数字', '3,263.41', '文本型数字', 'amount'],
    ['full-width digits are read and flagged as 全角', '３２６３．４１', '全角', 'amount'],
    ['#REF! is kept as an error and flagged', { error: '#REF!' }, '#REF!', 'error'],
    ['unreadable text in an amount column is flagged', '待定', '无法识别为金额', 'invalid'],
  ] as const)('%s, naming sheet and cell', (_, value, words, kind) => {
    const recognition = recognizeWorkbook(mutateSeedCell(built, 3, '22401', 2, value as CellValue).workbook);
    expect(recognition.problems).toHaveLength(1);
    expect(recognition.problems[0]).toMatchObject({ sheet: at.sheet, cell: at.cell });
    expect(recognition.problems[0]!.message).toContain(words);
    const cell = amountAt(recognition.tables, 'budget.expenditure', '22401');
    expect(cell?.parsed.kind).toBe(kind);
    if (cell?.parsed.kind === 'amount') expect(cell.parsed.value.toFixed(2)).toBe('3263.41');
  });

  it('flags an amount under a merged cell once, at the merge', () => {
    const basic = built.cellOf(3, '2240101', 3);
    const project = built.cellOf(3, '2240101', 4);
    const workbook = built.workbook.map((grid): Grid =>
      grid.name === basic.sheet ? { ...grid, merges: [...grid.merges, rangeFromA1(`${basic.cell}:${project.cell}`)] } : grid,
    );
    const recognition = recognizeWorkbook(workbook);
    expect(recognition.problems).toEqual([
      expect.objectContaining({ sheet: basic.sheet, cell: basic.cell, message: expect.stringContaining('合并单元格') }),
    ]);
  });

  it('reads a table without a 单位 line as 万元 and says so at its title', () => {
    const table = built.table(3);
    const workbook = built.workbook.map((grid): Grid =>
      grid.name === table.sheet
        ? { ...grid, values: grid.values.map((row, r) => (r === table.range.top + 1 ? row.map(() => null) : row)) }
        : grid,
    );
    const recognition = recognizeWorkbook(workbook);
    const found = recognition.tables.find((t) => t.kind === 'budget.expenditure');
    expect(found?.unit).toBe('万元');
    expect(recognition.problems).toEqual([
      expect.objectContaining({ sheet: table.sheet, cell: 'A1', message: expect.stringContaining('未找到单位') }),
    ]);
  });

  it('flags every figure of a table typed as text, and still reads them all', () => {
    const recognition = recognizeWorkbook(buildSeedWorkbook({ figureType: 'text', tables: [3] }).workbook);
    const figures = recognition.tables[0]!.rows.flatMap((r) => Object.values(r.amounts)).filter((c) => c?.parsed.kind === 'amount');
    expect(recognition.problems).toHaveLength(figures.length);
    expect(recognition.problems.every((p) => p.message.includes('文本型数字'))).toBe(true);
  });
});

describe('what recognition does with what is not a disclosure table', () => {
  it('finds no table in a sheet of random text and does not throw', () => {
    const grid = sheet('随笔', [
      ['今天天气很好，我们去公园散步。'],
      ['会议纪要：请各科室于周五前提交材料'],
      [''],
      ['第一条', '第二条'],
      ['按时完成', '注意安全'],
    ]);
    const recognition = recognizeWorkbook([grid]);
    expect(recognition.tables).toEqual([]);
    expect(recognition.family).toBeUndefined();
    expect(recognition.unrecognized).toEqual([
      expect.objectContaining({ sheet: '随笔', range: rangeFromA1('A4:B5'), reason: expect.stringContaining('没有可识别的表标题') }),
    ]);
  });

  it('reports a titled table it cannot classify instead of dropping it', () => {
    const grid = sheet('采购', [
      ['2024年部门资产配置预算表'],
      ['单位：万元'],
      ['采购品目', '金额'],
      ['办公设备', 15],
      ['合计', 15],
    ]);
    const recognition = recognizeWorkbook([grid]);
    expect(recognition.tables).toEqual([]);
    expect(recognition.unrecognized).toEqual([
      expect.objectContaining({ sheet: '采购', text: '2024年部门资产配置预算表', range: rangeFromA1('A1:B5') }),
    ]);
  });

  it('skips hidden sheets (our own 校验说明 store)', () => {
    const hidden: Grid = { ...built.workbook[0]!, name: '校验说明', hidden: true };
    expect(recognizeWorkbook([hidden]).tables).toEqual([]);
  });

  it('never throws on arbitrary cell contents', () => {
    const cell = fc.oneof(
      fc.constant(null),
      fc.string({ maxLength: 8 }),
      fc.double({ noNaN: false }),
      fc.boolean(),
      fc.constantFrom<CellValue>('合计', '科目编码', '2080505', '单位：万元', '预算收支总表', '注：', { error: '#REF!' }, '一、', '收入', '支出'),
    );
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 14 }), (rows) => {
        const grid: Grid = { name: 'x', values: [['2024年预算支出总表'], ...rows], merges: [rangeFromA1('B3:C4')] };
        const recognition = recognizeWorkbook([grid]);
        expect(Array.isArray(recognition.tables)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws when any seed cell is replaced by something odd', () => {
    const odd = fc.constantFrom<CellValue>(null, '', '合计', 'abc', { error: '#N/A' }, -1, 1e21, '１２', '208', true);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 13 }), fc.nat(), fc.nat(), odd, (n, r, c, value) => {
        const place = built.table(n);
        const row = place.cells[r % place.cells.length]!;
        if (row.length === 0) return;
        const target = row[c % row.length]!;
        const workbook = built.workbook.map((grid): Grid => {
          if (grid.name !== target.sheet) return grid;
          const values = grid.values.map((v) => [...v]);
          values[target.row]![target.col] = value;
          return { ...grid, values };
        });
        expect(() => recognizeWorkbook(workbook)).not.toThrow();
      }),
      { numRuns: 200 },
    );
  });
});

describe('missingTables', () => {
  it('names the tables the family publishes that the workbook lacks', () => {
    const recognition = recognizeWorkbook(buildSeedWorkbook({ tables: [1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 13] }).workbook);
    expect(recognition.family).toBe('budget13');
    expect(missingTables(recognition)).toEqual(['budget.threePublic']);
  });
});

describe('recognition problems about rows and headers', () => {
  it('flags a row with amounts but neither code nor name', () => {
    const name = built.cellOf(3, '2240101', 1);
    const code = built.cellOf(3, '2240101', 0);
    const workbook = built.workbook.map((grid): Grid => {
      if (grid.name !== code.sheet) return grid;
      const values = grid.values.map((row) => [...row]);
      values[code.row]![code.col] = null;
      values[name.row]![name.col] = null;
      return { ...grid, values };
    });
    expect(recognizeWorkbook(workbook).problems).toEqual([
      expect.objectContaining({ sheet: code.sheet, cell: code.cell, message: expect.stringContaining('没有科目编码或名称') }),
    ]);
  });

  it('flags a table whose header names no amount column, and one without 单位, both at its title', () => {
    const grid = sheet('怪表', [
      ['2024年预算支出总表'],
      ['科目编码', '科目名称', '甲', '乙'],
      ['208', '社会保障和就业支出', 1, 1],
    ]);
    const recognition = recognizeWorkbook([grid]);
    expect(recognition.tables).toHaveLength(1);
    expect(recognition.problems.map((p) => `${p.cell} ${p.message.includes('单位') ? '单位' : ''}${p.message.includes('金额列') ? '金额列' : ''}`)).toEqual([
      'A1 单位',
      'A1 金额列',
    ]);
  });
});

describe('units the product does not print in', () => {
  it('names a 千元 unit as unsupported instead of saying the unit line is missing', () => {
    const grid = sheet('千元', [
      ['2024年预算支出总表'],
      ['单位：千元'],
      ['科目编码', '科目名称', '合计'],
      ['208', '社会保障和就业支出', 2155.7],
    ]);
    const recognition = recognizeWorkbook([grid]);
    expect(recognition.problems).toEqual([expect.objectContaining({ cell: 'A1', message: expect.stringContaining('单位“千元”不受支持') })]);
  });
});
