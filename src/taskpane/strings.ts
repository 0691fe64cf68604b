/**
 * The task pane's user-facing text: Chinese, with English only as the fallback for an Office whose
 * display language is not Chinese (issue 6).
 */
import type { FamilyId } from '../core/model';

export type UiLanguage = 'zh' | 'en';

export interface UiStrings {
  title: string;
  tabs: { template: string; check: string; narrative: string; report: string };
  panelLoading: string;
  noOffice: string;
  panelPurpose: { template: string; check: string; narrative: string; report: string };
  /** An action failed; the detail (from officeErrors) follows. */
  failed: string;
  template: {
    family: string;
    department: string;
    departmentRequired: string;
    year: string;
    yearInvalid: string;
    unit: string;
    codeLayout: string;
    codeSingle: string;
    codeSplit: string;
    /** The families by id (core/templates FAMILIES). */
    families: Record<FamilyId, string>;
    layOut: string;
    layOutSample: string;
    working: string;
    /** Followed by the sheet names written. */
    done: string;
    rollForward: string;
    rollForwardHelp: string;
    /** "{year}" is replaced by next year; followed by the sheet names written. */
    rolledForward: string;
    /** Followed by the names of the tables laid out blank. */
    rolledMissing: string;
    rollForwardFailed: string;
  };
  check: {
    policy: string;
    policies: { tight: string; calc11: string; strict: string };
    policyHelp: { tight: string; calc11: string; strict: string };
    start: string;
    clear: string;
    working: string;
    /** The steps of a check, under its progress bar. */
    stages: { reading: string; checking: string; marking: string };
    severities: { error: string; warning: string; info: string };
    /** One-word badges on each finding. */
    severityBadges: { error: string; warning: string; info: string };
    noTables: string;
    noFindings: string;
    /** "{n}" is replaced by the number of tables recognised. */
    tablesFound: string;
    unnamedTable: string;
    accepted: string;
    notMarked: string;
    sheetGone: string;
    /** "{n}" is replaced by the number of cells restored. */
    cleared: string;
    expected: string;
    actual: string;
    difference: string;
    accept: string;
    acceptNote: string;
    acceptSave: string;
    acceptCancel: string;
    acceptHelp: string;
  };
  narrative: {
    generate: string;
    write: string;
    checkExisting: string;
    working: string;
    /** Followed by the sheet name. */
    written: string;
    missingInputs: string;
    noMissingInputs: string;
    placeholderHint: string;
    numberHint: string;
    noNarrative: string;
    narrativeOk: string;
    narrativeFindings: string;
  };
  report: {
    produce: string;
    working: string;
    /** Followed by the sheet name. */
    written: string;
    download: string;
    downloadHint: string;
    /** "{error}", "{warning}" are replaced by counts. */
    findings: string;
  };
}

export const STRINGS: Record<UiLanguage, UiStrings> = {
  zh: {
    title: '预算公开助手',
    tabs: { template: '模板', check: '校验', narrative: '说明', report: '报告' },
    panelLoading: '正在加载…',
    noOffice: '未检测到 Excel：请在 Excel 中通过“开始”选项卡的“预算公开助手”按钮打开本窗格。在普通浏览器中只能查看界面，无法读写工作簿。',
    panelPurpose: {
      template: '按所选表格套式（部门预算公开的 13 张标准表、预算 9 张表或决算 9 张表）生成模板（另含“参数”表），或填入示例数据，或由本年度工作簿生成下一年度模板。已有的工作表不会被覆盖。',
      check: '读取工作簿，校验表内合计与表间勾稽关系，在单元格上以填充颜色标出问题；点击问题可定位到单元格。',
      narrative: '根据表格和“参数”表生成第三部分情况说明，可写入单独的工作表（含图表），并可检查已有说明中的数字。',
      report: '一键生成完整的部门预算公开文档：写入“公开文本”工作表，并可下载 Word 文档。',
    },
    failed: '操作未完成',
    template: {
      family: '表格套式',
      department: '部门名称',
      departmentRequired: '请填写部门名称。',
      year: '预算年度',
      yearInvalid: '请填写四位数的年度，例如 2025。',
      unit: '金额单位',
      codeLayout: '科目编码',
      codeSingle: '一列（如 2080505）',
      codeSplit: '类、款、项三列',
      families: { budget13: '部门预算（13 张表）', budget9: '部门预算（9 张表）', final9: '部门决算（9 张表）' },
      layOut: '生成模板',
      layOutSample: '填入示例数据',
      working: '正在写入工作表…',
      done: '已新建工作表：',
      rollForward: '生成下一年度模板',
      rollForwardHelp: '读取本工作簿的公开表：按同一部门、同一套式生成下一年度的空白模板（保留科目行、项目名称，金额留空），并把本年度的合计数写入新“参数”表作为上年数。',
      rolledForward: '已生成 {year} 年度模板，新建工作表：',
      rolledMissing: '本工作簿缺少以下表格，已按空白表生成：',
      rollForwardFailed: '无法生成下一年度模板',
    },
    check: {
      policy: '尾差口径',
      policies: { tight: '标准（默认）', calc11: '宽松（XBRL 区间规则）', strict: '严格（不容许尾差）' },
      policyHelp: {
        tight: '合计与各分项之和相差不超过 ⌊n/2⌋ 个末位单位（n 为分项个数）时视为尾差：各数均由精确数四舍五入得到时必然满足。',
        calc11: '按 XBRL 计算规则 1.1：合计与分项之和的舍入区间相交即视为尾差，容许 (n+1)/2 个末位单位，最宽松。',
        strict: '合计必须等于各分项之和，任何差额都报为错误；适用于合计由公式计算的工作簿。',
      },
      start: '开始校验',
      clear: '清除标记',
      working: '正在读取并校验工作簿…',
      stages: { reading: '正在读取工作簿…', checking: '正在校验表格（后台进行，可切换到其他页面）…', marking: '正在标记单元格…' },
      severities: { error: '错误', warning: '提示', info: '尾差及其他信息' },
      severityBadges: { error: '错误', warning: '提示', info: '信息' },
      noTables: '未识别出任何预算公开表格：请确认工作簿中有表1—表13 这样的表格（可先在“模板”中生成）。',
      noFindings: '全部表格校验通过，未发现问题。',
      tablesFound: '已识别 {n} 张表格。',
      unnamedTable: '（未识别的表格）',
      accepted: '已说明',
      notMarked: '以下问题未能在单元格上标出：',
      sheetGone: '该工作表已不存在（可能已改名或删除），请重新校验。',
      cleared: '已清除 {n} 个单元格的标记，并恢复原有填充。',
      expected: '应为',
      actual: '实为',
      difference: '差额',
      accept: '接受并说明',
      acceptNote: '说明（保存在工作簿的“_校验说明”隐藏表中）',
      acceptSave: '保存说明',
      acceptCancel: '取消',
      acceptHelp: '错误须改正，不能接受；提示和信息可以写明原因后接受。',
    },
    narrative: {
      generate: '生成情况说明',
      write: '写入工作表',
      checkExisting: '检查已有说明',
      working: '正在读取工作簿…',
      written: '已写入工作表：',
      missingInputs: '以下数据缺失，说明中以【待填写】标出（点击可定位到填写位置）：',
      noMissingInputs: '生成说明所需的数据齐全。',
      placeholderHint: '黄色底纹为待填写内容；点击数字可定位到其来源单元格。',
      numberHint: '定位到来源单元格',
      noNarrative: '工作簿中没有找到情况说明（名为或标题为“情况说明”“编制说明”“第三部分”的工作表）。',
      narrativeOk: '已有说明中的数字与表格一致。',
      narrativeFindings: '已有说明中的问题：',
    },
    report: {
      produce: '生成公开文档',
      working: '正在生成公开文档…',
      written: '已写入工作表：',
      download: '下载 Word 文档（.docx）',
      downloadHint: '若 Excel 不允许下载，请使用命令行 budget-disclosure report 生成 Word 文档。',
      findings: '生成时发现错误 {error} 项、提示 {warning} 项，请在“校验”中查看并处理后再公开。',
    },
  },
  en: {
    title: 'Budget Disclosure',
    tabs: { template: 'Templates', check: 'Check', narrative: 'Explanation', report: 'Report' },
    panelLoading: 'Loading…',
    noOffice: 'Excel was not detected: open this pane from the Budget Disclosure button on the Home tab in Excel. In a plain browser the pane can be viewed but cannot read or write a workbook.',
    panelPurpose: {
      template: 'Lay out the tables of the chosen set (the 13 standard tables of a department budget disclosure, the 9-table budget or the 9-table final accounts) plus the 参数 sheet, fill in the sample data, or lay out next year\'s templates from this year\'s workbook. Existing sheets are never overwritten.',
      check: 'Read the workbook, check totals within and across tables, and mark problems on the cells.',
      narrative: 'Write the explanation (part three) from the tables and the 参数 sheet, put it with its charts into a sheet of its own, or check the figures of an existing one.',
      report: 'Produce the whole department budget disclosure in one click: the 公开文本 sheet, and the Word document to download.',
    },
    failed: 'Not completed',
    template: {
      family: 'Table set',
      department: 'Department name',
      departmentRequired: 'Enter the department name.',
      year: 'Budget year',
      yearInvalid: 'Enter a four-digit year, e.g. 2025.',
      unit: 'Amount unit',
      codeLayout: 'Subject codes',
      codeSingle: 'One column (e.g. 2080505)',
      codeSplit: 'Three columns 类 / 款 / 项',
      families: { budget13: 'Department budget (13 tables)', budget9: 'Department budget (9 tables)', final9: 'Final accounts (9 tables)' },
      layOut: 'Lay out templates',
      layOutSample: 'Fill in sample data',
      working: 'Writing sheets…',
      done: 'New sheets: ',
      rollForward: 'Templates for next year',
      rollForwardHelp: 'Reads this workbook\'s disclosure tables and lays out next year\'s blank templates for the same department and table set (subject rows and project names kept, amounts empty), with this year\'s totals in a new 参数 sheet as last year\'s figures.',
      rolledForward: 'Templates for {year} laid out. New sheets: ',
      rolledMissing: 'Tables this workbook lacks, laid out blank: ',
      rollForwardFailed: 'Cannot lay out next year\'s templates',
    },
    check: {
      policy: 'Rounding tolerance',
      policies: { tight: 'Standard (default)', calc11: 'Lenient (XBRL interval rule)', strict: 'Strict (no rounding difference)' },
      policyHelp: {
        tight: 'A total may differ from the sum of its n parts by up to ⌊n/2⌋ units of the last digit, which always holds when every figure was rounded half-up from exact values.',
        calc11: 'XBRL Calculations 1.1: the rounding intervals of the total and of the sum must meet, (n+1)/2 units; the most lenient.',
        strict: 'A total must equal the sum of its parts exactly; for workbooks whose totals are formulas.',
      },
      start: 'Check',
      clear: 'Clear marks',
      working: 'Reading and checking the workbook…',
      stages: { reading: 'Reading the workbook…', checking: 'Checking the tables (in the background; other pages stay usable)…', marking: 'Marking cells…' },
      severities: { error: 'Errors', warning: 'Warnings', info: 'Rounding and other information' },
      severityBadges: { error: 'Error', warning: 'Warning', info: 'Info' },
      noTables: 'No disclosure tables were recognised: make sure the workbook holds tables such as 表1–表13 (the Templates panel can lay them out).',
      noFindings: 'Every table passed; no problems found.',
      tablesFound: '{n} tables recognised.',
      unnamedTable: '(unrecognised table)',
      accepted: 'Explained',
      notMarked: 'These findings could not be marked on their cells:',
      sheetGone: 'That sheet no longer exists (renamed or deleted?); check again.',
      cleared: 'Marks cleared from {n} cells; their fills are restored.',
      expected: 'expected',
      actual: 'actual',
      difference: 'difference',
      accept: 'Accept with a note',
      acceptNote: 'Note (kept in the workbook\'s hidden _校验说明 sheet)',
      acceptSave: 'Save note',
      acceptCancel: 'Cancel',
      acceptHelp: 'Errors must be corrected and cannot be accepted; warnings and information can be accepted with a reason.',
    },
    narrative: {
      generate: 'Write the explanation',
      write: 'Write to a sheet',
      checkExisting: 'Check the existing explanation',
      working: 'Reading the workbook…',
      written: 'Written to sheet: ',
      missingInputs: 'These inputs are missing and marked 【待填写】 in the text (click to go where they are filled in):',
      noMissingInputs: 'Every input the explanation needs is present.',
      placeholderHint: 'Highlighted text is still to be filled in; click a number to select its source cell.',
      numberHint: 'Select the source cell',
      noNarrative: 'No explanation found in the workbook (a sheet named or headed 情况说明, 编制说明 or 第三部分).',
      narrativeOk: 'The figures of the existing explanation agree with the tables.',
      narrativeFindings: 'Problems in the existing explanation:',
    },
    report: {
      produce: 'Produce the disclosure',
      working: 'Producing the disclosure…',
      written: 'Written to sheet: ',
      download: 'Download the Word document (.docx)',
      downloadHint: 'If Excel does not allow downloads, produce the Word document with the command budget-disclosure report.',
      findings: '{error} errors and {warning} warnings were found; review them in Check before publishing.',
    },
  },
};

/**
 * Picks the UI language from Office's display language (e.g. `zh-CN`, `zh-TW`, `en-US`):
 * Chinese for any zh-* and when unknown, English otherwise.
 */
export function uiLanguage(displayLanguage: string | undefined): UiLanguage {
  if (!displayLanguage) return 'zh';
  return displayLanguage.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}
