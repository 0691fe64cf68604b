/**
 * The task pane's user-facing text: Chinese, with English only as the fallback for an Office whose
 * display language is not Chinese (issue 6).
 */
export type UiLanguage = 'zh' | 'en';

export interface UiStrings {
  title: string;
  tabs: { template: string; check: string; narrative: string; report: string };
  panelLoading: string;
  noOffice: string;
  notReady: string;
  panelPurpose: { template: string; check: string; narrative: string; report: string };
}

export const STRINGS: Record<UiLanguage, UiStrings> = {
  zh: {
    title: '预算公开助手',
    tabs: { template: '模板', check: '校验', narrative: '说明', report: '报告' },
    panelLoading: '正在加载…',
    noOffice: '未检测到 Excel：请在 Excel 中通过“开始”选项卡的“预算公开助手”按钮打开本窗格。在普通浏览器中只能查看界面，无法读写工作簿。',
    notReady: '此功能正在开发中，暂不可用。',
    panelPurpose: {
      template: '按部门预算公开的 13 张标准表生成模板，或填入示例数据。',
      check: '读取工作簿，校验表内合计与表间勾稽关系，在单元格上标出问题。',
      narrative: '根据表格数据生成情况说明，并检查已有说明中的数字。',
      report: '生成完整的部门预算公开文档。',
    },
  },
  en: {
    title: 'Budget Disclosure',
    tabs: { template: 'Templates', check: 'Check', narrative: 'Explanation', report: 'Report' },
    panelLoading: 'Loading…',
    noOffice: 'Excel was not detected: open this pane from the Budget Disclosure button on the Home tab in Excel. In a plain browser the pane can be viewed but cannot read or write a workbook.',
    notReady: 'This feature is under development and not available yet.',
    panelPurpose: {
      template: 'Lay out the 13 standard tables of a department budget disclosure, or fill in the sample data.',
      check: 'Read the workbook, check totals within and across tables, and mark problems on the cells.',
      narrative: 'Write the explanation from the tables and check the figures of an existing one.',
      report: 'Produce the whole department budget disclosure document.',
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
