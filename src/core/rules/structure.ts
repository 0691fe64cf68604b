/**
 * 结构 — what is wrong with the workbook before any arithmetic: cells that are not amounts,
 * problems recognition met, blocks it could not classify, tables the family expects but the
 * workbook lacks, and empty tables without their note.
 * Source: issue 3 §1 ("a table it cannot classify is reported, not dropped; a table the family
 * expects but the workbook lacks is reported"); domain guide, "An empty table is still printed,
 * with its headers and a note such as 注：本表无数据".
 * A table printed twice is reported at the second copy (issue 9 §2, bad-input corpus "duplicated-table").
 */
import { rangeToA1, type CellRef } from '../grid';
import { expectedKinds, familyInfo, kindName, presentKinds, type TableKind } from '../kinds';
import type { TypedTable } from '../model';
import type { Finding } from './finding';
import { defineRule, type Rule } from './rule';
import { amountCells, cellRef, isEmptyTable } from './tables';
import { plainFinding } from './tieouts';

/** The cell a finding about a whole table points at: its title (the top-left of its range). */
function titleRef(table: TypedTable): CellRef {
  return { sheet: table.sheet, cell: rangeToA1({ ...table.range, bottom: table.range.top, right: table.range.left }) };
}

/** An amount cell holding text that is not an amount, or an Excel error (#REF!): an error where it is. */
export const cellUnreadable = defineRule({
  id: 'cell.unreadable',
  family: 'all',
  severity: 'error',
  source: 'domain.md §Rounding（read stored values）; issue 3 §1',
  title: '金额单元格中是数值',
  message: '{table} {cell}：{reason}，无法参与核对',
  check(ctx, self) {
    const findings: Finding[] = [];
    for (const table of ctx.input.tables) {
      for (const cell of amountCells(table)) {
        const parsed = cell.parsed;
        if (parsed.kind !== 'error' && parsed.kind !== 'invalid') continue;
        const reason = parsed.kind === 'error' ? `单元格为错误值 ${parsed.code}` : parsed.reason;
        findings.push(plainFinding(self, cellRef(table, cell), { table: ctx.label(table), cell: cell.address, reason }, { table }));
      }
    }
    return findings;
  },
});

/** A problem recognition met in a cell (a text number, a merged amount cell), unless `cell.unreadable` names it. */
export const recognitionProblem = defineRule({
  id: 'recognition.problem',
  family: 'all',
  severity: 'warning',
  source: 'issue 3 §1（text numbers, #REF!, merged amount cells）',
  title: '单元格格式规范（数值不以文本保存、金额单元格不合并）',
  message: '{sheet}!{cell}：{problem}',
  check(ctx, self) {
    const unreadable = new Set<string>();
    for (const table of ctx.input.tables) {
      for (const cell of amountCells(table)) {
        if (cell.parsed.kind === 'error' || cell.parsed.kind === 'invalid') unreadable.add(`${table.sheet}!${cell.address}`);
      }
    }
    return ctx.input.problems
      .filter((problem) => !unreadable.has(`${problem.sheet}!${problem.cell}`))
      .map((problem) => plainFinding(self, problem, { sheet: problem.sheet, cell: problem.cell, problem: problem.message }));
  },
});

/** A block that looks like a table but names none we know: reported, never dropped. */
export const recognitionUnrecognized = defineRule({
  id: 'recognition.unrecognized',
  family: 'all',
  severity: 'warning',
  source: 'issue 3 §1（a table it cannot classify is reported, not dropped）',
  title: '工作簿中的表格都能识别',
  message: '{sheet}!{range}“{text}”未能识别为公开表格：{reason}',
  check(ctx, self) {
    return ctx.input.unrecognized.map((block) =>
      plainFinding(
        self,
        { sheet: block.sheet, cell: rangeToA1({ top: block.range.top, left: block.range.left, bottom: block.range.top, right: block.range.left }) },
        { sheet: block.sheet, range: rangeToA1(block.range), text: block.text, reason: block.reason },
      ),
    );
  },
});

/** A table its family expects is missing (the family inferred from the tables found: `inferFamily`). */
export const familyMissingTable = defineRule({
  id: 'family.missingTable',
  family: 'all',
  severity: 'warning',
  source: 'issue 3 §1（a table the family expects but the workbook lacks is reported）; issue 13 item 5; domain.md §The budget table family',
  title: '表族应有的表格都在',
  message: '未找到{name}（{family}第{number}张表）：公开时应包含此表，无数据时也应列出并注明“本表无数据”',
  check(ctx, self) {
    const family = ctx.input.family;
    const first = ctx.input.tables[0];
    if (!family || !first) return [];
    const present = new Set(presentKinds(ctx.input.tables));
    const familyName = familyInfo(family).name;
    return expectedKinds(family).flatMap((kind, index) =>
      present.has(kind) ? [] : [plainFinding(self, titleRef(first), { name: kindName(kind), family: familyName, number: index + 1 })],
    );
  },
});

/**
 * 表族不明 — the tables found do not say which family the workbook is (a province's own set, a
 * partial workbook): no table is reported missing; one info lists what was recognised.
 */
export const familyUnclear = defineRule({
  id: 'family.unclear',
  family: 'all',
  severity: 'info',
  source: 'domain.md §Other families and layouts; issue 13 item 5（when the family is unclear, no missing-table warnings — one info listing what was recognised）',
  title: '能判断工作簿属于哪一套公开表',
  message: '识别到 {count} 张公开表（{names}），无法判断属于哪一套公开表，因此不检查是否缺表',
  check(ctx, self) {
    const first = ctx.input.tables[0];
    if (ctx.input.family || !first) return [];
    const names = ctx.input.tables.map((table) => kindName(table.kind));
    return [plainFinding(self, titleRef(first), { count: names.length, names: names.join('、') })];
  },
});

/** Notes that say a table is empty, as provinces word them: 本表无数据, 本部门无政府性基金预算收支, 不涉及 … */
const EMPTY_NOTE = /无数据|无此项|本(表|部门|单位)(没有|无)|没有|不涉及|为空|空表/;

/**
 * An empty table in a filled disclosure carries its note (注：本表无数据). A workbook whose every
 * table is empty is a blank template, not a disclosure, and is not asked for notes.
 */
export const tableEmptyNote = defineRule({
  id: 'table.emptyNote',
  family: 'all',
  severity: 'warning',
  source: 'domain.md §The budget table family（An empty table is still printed … with a note such as 注：本表无数据）',
  title: '空表注明“本表无数据”',
  message: '{table}没有数据，应在表下注明“注：本表无数据”',
  check(ctx, self) {
    const empty = ctx.input.tables.filter(isEmptyTable);
    if (empty.length === ctx.input.tables.length) return [];
    return empty
      .filter((table) => !EMPTY_NOTE.test(table.note ?? ''))
      .map((table) =>
        plainFinding(self, titleRef(table), { table: ctx.label(table) }, { table }),
      );
  },
});

/**
 * 重复的表 — a kind printed more than once (表3 pasted twice, or split over two sheets). Every
 * cross-table rule compares the first copy in workbook order (`RuleContext.tableOf`); a later copy
 * is checked only within itself, so a difference between the copies would otherwise pass unseen.
 * Reported at each later copy's title, naming the copy the cross-table rules use.
 */
export const tableDuplicate = defineRule({
  id: 'table.duplicate',
  family: 'all',
  severity: 'warning',
  source: 'issue 9 §2（bad-input corpus: the same table twice）; domain.md §The budget table family of the seed（the family lists each table once）',
  title: '每种公开表只出现一次',
  message:
    '{table}出现了不止一次：{sheet}!{cell}“{title}”是第 {copy} 份。表间核对只使用第一份（{first}），这一份只做表内核对；重复粘贴的请删除，一张表拆成两段的请合并为一张',
  check(ctx, self) {
    const seen = new Map<TableKind, TypedTable[]>();
    for (const table of ctx.input.tables) seen.set(table.kind, [...(seen.get(table.kind) ?? []), table]);
    return [...seen.values()].flatMap(([first, ...copies]) =>
      copies.map((copy, index) => {
        const at = titleRef(copy);
        const used = titleRef(first!);
        return plainFinding(self, at, { table: ctx.label(copy), sheet: at.sheet, cell: at.cell, title: copy.title, copy: index + 2, first: `${used.sheet}!${used.cell}` }, { table: copy });
      }),
    );
  },
});

/** The structural rules, in catalogue order. */
export const STRUCTURE_RULES: readonly Rule[] = [
  cellUnreadable,
  recognitionProblem,
  recognitionUnrecognized,
  familyMissingTable,
  familyUnclear,
  tableDuplicate,
  tableEmptyNote,
];
