/**
 * 坏输入样本 — the bad-input corpus (issue 9 §2): each case is the sample workbook (the seed's 13
 * tables, as `budget-disclosure sample` writes it) with one thing wrong, or a file that is no
 * workbook at all, with the outcome it must have. Built in memory by the test and written to a
 * temporary folder: nothing large is committed.
 *
 * Outcomes:
 *   - `finding`: `check` reads the file and reports, at that sheet and cell, a finding or a
 *     recognition problem whose message contains `message`;
 *   - `clean`: `check` reads the file and finds no error (the oddity is harmless);
 *   - `unusable`: `check` exits 2 with a one-line reason containing `reason`;
 *   - `gap`: a known shortcoming, stated with what should be reported (listed in the test's output).
 */
import ExcelJS from 'exceljs';
import type { CellValue, Grid } from '../../src/core/grid';
import { sampleDisclosure } from '../../src/core/sample';
import { layoutWorkbook } from '../../src/core/templates';
import { writeWorkbookBuffer } from '../../src/xlsx';

export type Outcome =
  | { readonly kind: 'finding'; readonly sheet: string; readonly cell: string; readonly message: string }
  | { readonly kind: 'clean' }
  | { readonly kind: 'unusable'; readonly reason: string }
  /** What should happen and does not yet: the case still must not crash, hang or alter the file. */
  | { readonly kind: 'gap'; readonly expected: string };

export interface CorpusCase {
  /** A short name, also the file name. */
  readonly name: string;
  /** What is wrong, in the words of the issue. */
  readonly what: string;
  /** The file's extension (.xlsx unless the case is about another format). */
  readonly extension?: string;
  readonly build: () => Promise<Buffer>;
  readonly outcome: Outcome;
}

/** The sample as the 填入示例数据 command lays it out: fresh, mutable copies each call. */
export function sampleGrids(): Grid[] {
  const grids = layoutWorkbook({ family: 'budget13', codeLayout: 'single', ...sampleDisclosure() });
  return grids.map((grid) => ({ ...grid, values: grid.values.map((row) => [...row]), merges: [...grid.merges] }));
}

type MutableGrid = Omit<Grid, 'values'> & { values: CellValue[][] };

/** The sheet whose name starts with `prefix` (e.g. "表3 "). */
function sheet(grids: Grid[], prefix: string): MutableGrid {
  const grid = grids.find((g) => g.name.startsWith(prefix));
  if (!grid) throw new Error(`the sample has no sheet ${prefix}`);
  return grid as MutableGrid;
}

/** 0-based row of the row whose first cell is `code` (a subject code or a label) in a sheet. */
function rowOf(grid: Grid, label: string): number {
  const row = grid.values.findIndex((r) => r[0] === label);
  if (row < 0) throw new Error(`no row ${label} in ${grid.name}`);
  return row;
}

/** 表3 支出汇总表: columns A code, B name, C 合计, D 基本支出, E 项目支出 (the sample's layout). */
const T3 = '表3 ';
/** A 项 row of 表3 whose 合计 and 基本支出 hold figures: 2080505 机关事业单位基本养老保险缴费支出. */
const ITEM = '2080505';

function mutate(change: (grids: Grid[]) => Grid[] | void): () => Promise<Buffer> {
  return async () => {
    const grids = sampleGrids();
    return writeWorkbookBuffer(change(grids) ?? grids);
  };
}

/** Edits the written file with ExcelJS, for what Grids cannot say (protection, formulas …). */
function withExcelJs(change: (workbook: ExcelJS.Workbook) => void): () => Promise<Buffer> {
  return async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await writeWorkbookBuffer(sampleGrids())) as unknown as ExcelJS.Buffer);
    change(workbook);
    return Buffer.from(await workbook.xlsx.writeBuffer());
  };
}

/** Replaces the 合计 of 2080505 in 表3 (C of its row) by `value`. */
function itemTotal(value: (figure: number) => CellValue): () => Promise<Buffer> {
  return mutate((grids) => {
    const grid = sheet(grids, T3);
    const row = grid.values[rowOf(grid, ITEM)]!;
    row[2] = value(row[2] as number);
  });
}

const itemCell = (): string => `C${rowOf(sheet(sampleGrids(), T3), ITEM) + 1}`;
const t3Name = (): string => sheet(sampleGrids(), T3).name;

/** A tiny zip holding one file: the bytes of a "PK" archive that is no workbook. */
function zipOfGarbage(): Buffer {
  const name = Buffer.from('garbage.bin');
  const data = Buffer.from(Array.from({ length: 256 }, (_, i) => (i * 37) % 256));
  const crc = crc32(data);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(10, 4);
  local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(data.length, 22);
  local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(10, 6);
  central.writeUInt32LE(crc, 16);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(data.length, 24);
  central.writeUInt16LE(name.length, 28);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + name.length, 12);
  end.writeUInt32LE(local.length + name.length + data.length, 16);
  return Buffer.concat([local, name, data, central, name, end]);
}

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k += 1) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

export const CORPUS: readonly CorpusCase[] = [
  {
    name: 'text-number-separators',
    what: '金额写成带千分位的文本 "1,234.56"',
    build: itemTotal(() => '1,234.56'),
    outcome: { kind: 'finding', sheet: t3Name(), cell: itemCell(), message: '文本型数字' },
  },
  {
    name: 'text-number-full-width',
    what: '金额写成全角数字文本',
    build: itemTotal((figure) => String(figure).replace(/[0-9.]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0))),
    outcome: { kind: 'finding', sheet: t3Name(), cell: itemCell(), message: '全角' },
  },
  {
    name: 'text-number-parentheses',
    what: '金额写成括号负数 "(12.00)"',
    build: itemTotal(() => '(12.00)'),
    outcome: { kind: 'finding', sheet: t3Name(), cell: itemCell(), message: '文本型数字' },
  },
  {
    name: 'text-number-with-unit',
    what: '金额带单位 "12.00万元"',
    build: itemTotal(() => '12.00万元'),
    outcome: { kind: 'finding', sheet: t3Name(), cell: itemCell(), message: '文本型数字' },
  },
  {
    name: 'zero-for-blank',
    what: '空白的项目支出写成 0（0 与空白）',
    build: mutate((grids) => {
      const grid = sheet(grids, T3);
      grid.values[rowOf(grid, ITEM)]![4] = 0;
    }),
    outcome: { kind: 'clean' },
  },
  {
    name: 'blank-total',
    what: '有分项金额的行合计留空',
    build: itemTotal(() => null),
    outcome: { kind: 'finding', sheet: t3Name(), cell: itemCell(), message: '基本支出、项目支出之和' },
  },
  {
    name: 'merged-amounts',
    what: '金额单元格被合并（合计与基本支出）',
    build: mutate((grids) => {
      const grid = sheet(grids, T3);
      const row = rowOf(grid, ITEM);
      (grid.merges as Grid['merges'][number][]).push({ top: row, left: 2, bottom: row, right: 3 });
    }),
    outcome: { kind: 'finding', sheet: t3Name(), cell: itemCell(), message: '合并单元格' },
  },
  {
    name: 'ref-error',
    what: '金额单元格是 #REF!',
    build: itemTotal(() => ({ error: '#REF!' })),
    outcome: { kind: 'finding', sheet: t3Name(), cell: itemCell(), message: '#REF!' },
  },
  {
    name: 'value-error',
    what: '金额单元格是 #VALUE!',
    build: itemTotal(() => ({ error: '#VALUE!' })),
    outcome: { kind: 'finding', sheet: t3Name(), cell: itemCell(), message: '#VALUE!' },
  },
  {
    name: 'formula-cached',
    what: '合计是公式，带正确的缓存值',
    build: withExcelJs((workbook) => {
      const ws = workbook.worksheets.find((w) => w.name.startsWith(T3))!;
      const cell = ws.getCell(itemCell());
      cell.value = { formula: `D${cell.row}+E${cell.row}`, result: cell.value as number };
    }),
    outcome: { kind: 'clean' },
  },
  {
    name: 'formula-stale-cache',
    what: '合计是公式，缓存值与分项不符（未重算）',
    build: withExcelJs((workbook) => {
      const ws = workbook.worksheets.find((w) => w.name.startsWith(T3))!;
      const cell = ws.getCell(itemCell());
      cell.value = { formula: `D${cell.row}+E${cell.row}`, result: (cell.value as number) + 10 };
    }),
    outcome: { kind: 'finding', sheet: t3Name(), cell: itemCell(), message: '相差 10.00' },
  },
  {
    name: 'hidden-rows',
    what: '隐藏了科目行',
    build: mutate((grids) => {
      const grid = sheet(grids, T3);
      return grids.map((g) => (g === grid ? { ...g, hiddenRows: [rowOf(grid, ITEM)] } : g));
    }),
    outcome: { kind: 'clean' },
  },
  {
    name: 'shuffled-rows',
    what: '科目行顺序打乱',
    build: mutate((grids) => {
      const grid = sheet(grids, T3);
      const first = rowOf(grid, '208');
      const body = grid.values.slice(first);
      body.reverse();
      grid.values.splice(first, body.length, ...body);
    }),
    outcome: { kind: 'clean' },
  },
  {
    name: 'extra-column',
    what: '多出一列备注',
    build: mutate((grids) => {
      const grid = sheet(grids, T3);
      const header = rowOf(grid, '科目编码');
      grid.values.forEach((row, r) => {
        while (row.length < 5) row.push(null);
        row.push(r === header ? '备注' : r > header ? '说明文字' : null);
      });
    }),
    outcome: { kind: 'clean' },
  },
  {
    name: 'missing-column',
    what: '缺少项目支出列',
    build: mutate((grids) => {
      const grid = sheet(grids, T3);
      for (const row of grid.values) row.splice(4, 1);
      return grids.map((g) => (g === grid ? { ...g, merges: g.merges.filter((m) => m.right < 4) } : g));
    }),
    outcome: { kind: 'finding', sheet: t3Name(), cell: 'C5', message: '基本支出之和' },
  },
  {
    name: 'missing-table',
    what: '缺少一张表（表3）',
    build: mutate((grids) => grids.filter((g) => !g.name.startsWith(T3))),
    outcome: { kind: 'finding', sheet: '表1 收支总表', cell: 'A1', message: '未找到预算支出总表' },
  },
  {
    name: 'duplicated-table',
    what: '同一张表出现两次',
    build: mutate((grids) => {
      const grid = sheet(grids, T3);
      return [...grids, { ...grid, name: '表3（副本）' }];
    }),
    // table.duplicate, at the copy's title; the cross-table rules use the first 表3.
    outcome: { kind: 'finding', sheet: '表3（副本）', cell: 'A1', message: '表3出现了不止一次' },
  },
  {
    name: 'table-split-across-sheets',
    what: '一张表拆在两个工作表里',
    build: mutate((grids) => {
      const grid = sheet(grids, T3);
      const cut = rowOf(grid, '221');
      const header = rowOf(grid, '科目编码');
      const first = { ...grid, values: grid.values.slice(0, cut) };
      const second = { ...grid, name: '表3（续）', values: [...grid.values.slice(0, header + 1), ...grid.values.slice(cut)] };
      return grids.flatMap((g) => (g === grid ? [first, second] : [g]));
    }),
    outcome: { kind: 'finding', sheet: '表1 收支总表', cell: 'D24', message: '表3 221 二十、住房保障支出（未列出）：合计 0.00 与表1 221 二十、住房保障支出 合计 118.38' },
  },
  {
    name: 'wrong-unit-line',
    what: '单位行写成“单位：元”，金额仍是万元',
    build: mutate((grids) => {
      const grid = sheet(grids, T3);
      for (const row of grid.values) row.forEach((v, c) => { if (v === '单位：万元') row[c] = '单位：元'; });
    }),
    // 表3 合计 (C5), read as 元, against 表1 本年支出合计 converted into 元: 10,000 times off.
    outcome: { kind: 'finding', sheet: '表3 支出汇总表', cell: 'C5', message: '表1 单位为万元，所列 4,510.52 万元已折算为元比较' },
  },
  {
    name: 'protected-sheet',
    what: '工作表设置了保护',
    build: withExcelJs((workbook) => {
      for (const ws of workbook.worksheets) void ws.protect('secret', {});
    }),
    outcome: { kind: 'clean' },
  },
  {
    name: 'very-long-names',
    what: '极长的部门名称和科目名称',
    build: mutate((grids) => {
      const grid = sheet(grids, T3);
      const row = grid.values[rowOf(grid, ITEM)]!;
      row[1] = '机关事业单位基本养老保险缴费支出'.repeat(1500);
      grid.values[1]![0] = `部门名称：${'阳城县应急管理局'.repeat(2000)}`;
    }),
    outcome: { kind: 'clean' },
  },
  {
    name: 'junk-10mb',
    what: '10 MB 的乱码文本，扩展名 .xlsx',
    build: async () => {
      const line = '预算公开 junk 0123456789 ,;\t"\'<>&\n';
      return Buffer.from(line.repeat(Math.ceil((10 * 1024 * 1024) / Buffer.byteLength(line))));
    },
    outcome: { kind: 'unusable', reason: '不是 .xlsx 工作簿' },
  },
  {
    name: 'zip-of-garbage',
    what: '扩展名 .xlsx，实际是装着乱码的 zip',
    build: async () => zipOfGarbage(),
    outcome: { kind: 'unusable', reason: '没有工作表' },
  },
  {
    name: 'legacy-xls',
    what: '旧版 .xls（OLE2 复合文档）',
    extension: '.xls',
    build: async () => Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(4096)]),
    outcome: { kind: 'unusable', reason: '旧版 .xls' },
  },
  {
    name: 'csv',
    what: 'CSV 文本',
    extension: '.csv',
    build: async () => Buffer.from('科目编码,科目名称,合计\n2080505,机关事业单位基本养老保险缴费支出,143.18\n'),
    outcome: { kind: 'unusable', reason: 'CSV' },
  },
];
