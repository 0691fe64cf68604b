/**
 * 诊断 — what the Excel the add-in runs in can do: host, platform, Office version, which requirement
 * sets it supports, and which of the add-in's features are on or off because of them. Shown in the
 * task pane's 诊断 view and copied as text into a support request (issue 18 item 4).
 *
 * It reads a small slice of `Office.context`, passed in, so that a test (or the fake host of the
 * browser tests) can present an old Excel (Office 2019: ExcelApi up to 1.7) or a current one.
 * Requirement sets per Excel build: https://learn.microsoft.com/office/dev/add-ins/reference/requirement-sets/excel/excel-api-requirement-sets
 */
import packageJson from '../../package.json';

/** The add-in's version, as package.json and (with a fourth part) manifest.xml's <Version> state it. */
export const ADDIN_VERSION: string = packageJson.version;

/** The slice of `Office.context` diagnostics read; the real `Office.context` satisfies it. */
export interface OfficeContextLike {
  readonly diagnostics?: { readonly host?: unknown; readonly platform?: unknown; readonly version?: string } | null;
  readonly requirements: { isSetSupported(name: string, minVersion?: string): boolean };
}

/** A requirement set the add-in uses, and whether this Excel supports it. */
export interface RequirementSetSupport {
  readonly name: string;
  readonly version: string;
  readonly supported: boolean;
}

/** A feature of the add-in, on or off in this Excel, and the requirement set it needs. */
export interface FeatureSupport {
  readonly id: string;
  /** What the user sees, in Chinese. */
  readonly label: string;
  readonly enabled: boolean;
  /** The requirement set it needs, as "ExcelApi 1.18". */
  readonly needs: string;
  /** What the add-in does instead when it is off, in Chinese. */
  readonly fallback: string;
}

/** Everything the 诊断 view shows. */
export interface Diagnostics {
  readonly host: string;
  readonly platform: string;
  /** The Office build, e.g. "16.0.17328.20184"; null where Office does not say. */
  readonly officeVersion: string | null;
  readonly addinVersion: string;
  readonly requirementSets: readonly RequirementSetSupport[];
  readonly features: readonly FeatureSupport[];
}

/** A feature and the requirement set that gates it. */
interface FeatureDeclaration {
  readonly id: string;
  readonly label: string;
  readonly set: string;
  readonly version: string;
  readonly fallback: string;
  /**
   * The Office.js members used only when the feature is on (its `isSetSupported` check passes), as
   * the API audit names them (scripts/api-audit.js): members newer than manifest.xml declares.
   */
  readonly gates?: readonly string[];
}

/**
 * The add-in's features and the requirement set each needs, from the API audit
 * (scripts/api-audit.js; the table in README.md). The task pane's jobs need ExcelApi 1.4 (the
 * null-object idiom: `getItemOrNullObject`, `getUsedRangeOrNullObject`), which manifest.xml
 * declares, so Excel offers the add-in from Office 2019 and Mac 15.36 on (the pane itself needs a
 * current webview: README, "Which Excel runs what"). Every member newer than
 * that is gated by a feature below (its `gates`): the jobs ask `ExcelCapabilities`
 * (capabilities.ts) and do without it where this Excel lacks it, as `fallback` says. The shared
 * runtime and the custom functions (their Chinese error tooltips use CustomFunctions.Error,
 * CustomFunctionsRuntime 1.2) are declared by the manifest's VersionOverrides, so an Excel without
 * them still runs the task pane.
 */
export const FEATURES: readonly FeatureDeclaration[] = [
  { id: 'taskpane', label: '任务窗格（模板、校验、情况说明、报告）', set: 'ExcelApi', version: '1.4', fallback: '无（此 Excel 不提供本加载项，请用命令行 budget-disclosure）' },
  { id: 'sharedRuntime', label: '任务窗格与自定义函数共用运行环境', set: 'SharedRuntime', version: '1.1', fallback: '任务窗格仍可使用，但“开始”选项卡上没有按钮，自定义函数不可用' },
  { id: 'customFunctions', label: 'BUDGET 自定义函数', set: 'CustomFunctionsRuntime', version: '1.2', fallback: '自定义函数不可用，任务窗格照常使用' },
  {
    id: 'calculationSuspension',
    label: '生成表格时暂停重新计算',
    set: 'ExcelApi',
    version: '1.6',
    fallback: '表格照常生成，Excel 边写边计算，表格多时稍慢',
    gates: ['Excel.Application.suspendApiCalculationUntilNextSync'],
  },
  {
    id: 'printSetup',
    label: '生成表格时设置打印格式（纸张、方向、一页宽、重复标题行）',
    set: 'ExcelApi',
    version: '1.9',
    fallback: '表格照常生成，不设置打印格式，请在“页面布局”中自行设置',
    gates: [
      'Excel.Worksheet.pageLayout',
      'Excel.PageLayout.orientation',
      'Excel.PageLayout.paperSize',
      'Excel.PageLayout.centerHorizontally',
      'Excel.PageLayout.zoom',
      'Excel.PageLayout.setPrintTitleRows',
    ],
  },
  {
    id: 'fillPatterns',
    label: '清除标记时区分白色填充与无填充',
    set: 'ExcelApi',
    version: '1.9',
    fallback: '白色填充的单元格清除标记后恢复为无填充（显示网格线），其他颜色和图案照原样恢复',
    gates: ['Excel.RangeFill.pattern', 'Excel.RangeFill.patternColor'],
  },
  {
    id: 'mergedAreas',
    label: '读取合并单元格',
    set: 'ExcelApi',
    version: '1.13',
    fallback: '按各单元格的值读取表格（合并单元格的文字在其左上格），识别和校验结果相同；生成的公开文档中表头单元格不合并',
    gates: ['Excel.Range.getMergedAreasOrNullObject', 'Excel.RangeAreas.address'],
  },
  {
    id: 'cellNotes',
    label: '在问题单元格上添加批注说明',
    set: 'ExcelApi',
    version: '1.18',
    fallback: '只用底色标记问题单元格，说明显示在任务窗格中；较新的 Excel 加的批注在此清除标记时保留，可手动删除',
    gates: ['Excel.Worksheet.notes', 'Excel.NoteCollection.add', 'Excel.NoteCollection.getItemOrNullObject', 'Excel.Note.content', 'Excel.Note.delete'],
  },
];

/** The requirement sets the features above name, each once, in order. */
function requirementSets(): { name: string; version: string }[] {
  const sets: { name: string; version: string }[] = [];
  for (const { set, version } of FEATURES) if (!sets.some((s) => s.name === set && s.version === version)) sets.push({ name: set, version });
  return sets;
}

/** Host and platform as Office names them ("Excel", "PC"); "未知" where Office does not say. */
function named(value: unknown): string {
  return typeof value === 'string' && value !== '' ? value : '未知';
}

/**
 * Reads what this Excel supports. Never throws: a missing `diagnostics` (older Office) reads as 未知.
 * @example readDiagnostics(Office.context, '0.1.0').features.find((f) => f.id === 'cellNotes')?.enabled
 */
export function readDiagnostics(context: OfficeContextLike, addinVersion: string): Diagnostics {
  const supported = (name: string, version: string): boolean => {
    try {
      return context.requirements.isSetSupported(name, version);
    } catch {
      return false;
    }
  };
  return {
    host: named(context.diagnostics?.host),
    platform: named(context.diagnostics?.platform),
    officeVersion: context.diagnostics?.version ?? null,
    addinVersion,
    requirementSets: requirementSets().map(({ name, version }) => ({ name, version, supported: supported(name, version) })),
    features: FEATURES.map(({ id, label, set, version, fallback }) => ({
      id,
      label,
      enabled: supported(set, version),
      needs: `${set} ${version}`,
      fallback,
    })),
  };
}

/**
 * The diagnostics as plain Chinese text, for a support request.
 * @example diagnosticsText(readDiagnostics(Office.context, '0.1.0')).split('\n')[0] // "预算公开助手 诊断信息"
 */
export function diagnosticsText(diagnostics: Diagnostics): string {
  const lines = [
    '预算公开助手 诊断信息',
    `加载项版本：${diagnostics.addinVersion}`,
    `宿主：${diagnostics.host}；平台：${diagnostics.platform}；Office 版本：${diagnostics.officeVersion ?? '未知'}`,
    '要求集支持情况：',
    ...diagnostics.requirementSets.map((set) => `  ${set.name} ${set.version}：${set.supported ? '支持' : '不支持'}`),
    '功能：',
    ...diagnostics.features.map((feature) => `  ${feature.label}：${feature.enabled ? '可用' : `不可用（需要 ${feature.needs}；${feature.fallback}）`}`),
  ];
  return lines.join('\n');
}
