/**
 * Turns an error from an Excel job into a Chinese sentence that says what happened and what to do
 * (issue 15 item 7: never “GeneralException：An internal error has occurred.”). Office.js rejects
 * with an `OfficeExtension.Error` whose `code` names the cause (the codes of `Excel.ErrorCodes`).
 * The code and Office's own message are kept aside for the 诊断 view, which a support request copies.
 */

/** What the user sees: what went wrong, and what to do about it. */
const BY_CODE: Readonly<Record<string, string>> = {
  InvalidOperationInCellEditMode: 'Excel 正在编辑单元格：请先按回车键完成编辑，再重试。',
  AccessDenied: '工作表或工作簿受保护，无法写入：请在“审阅”选项卡中撤销保护后重试。',
  ItemAlreadyExists: '同名工作表已存在：请重命名或删除该工作表后重试。',
  ItemNotFound: '找不到要处理的工作表或单元格，可能已被删除或改名：请重新检查后再试。',
  MergedRangeConflict: '目标区域与已有的合并单元格冲突：请取消合并，或换一个空白工作表后重试。',
  RequestPayloadSizeLimitExceeded: '一次要写入的数据超过 Excel 的限制：请删除无关的工作表后重试。',
  ResponsePayloadSizeLimitExceeded: '一次要读取的数据超过 Excel 的限制：请删除无关的大工作表后重试。',
  OperationCellsExceedLimit: '涉及的单元格过多，超过 Excel 的限制：请删除无关的数据区域后重试。',
  RangeExceedsLimit: '涉及的单元格过多，超过 Excel 的限制：请删除无关的数据区域后重试。',
  InactiveWorkbook: '工作簿已不在活动状态：请切换回该工作簿后重试。',
  RequestAborted: 'Excel 中止了操作：请稍后重试。',
  Conflict: '工作簿正被其他人或其他程序修改：请稍后重试。',
  InvalidArgument: 'Excel 拒绝了要写入的内容：请检查工作表是否受保护或含有特殊格式，然后重试。',
  InvalidOperation: 'Excel 此时不能执行这项操作：请关闭打开的对话框或结束编辑后重试。',
  InvalidReference: '要处理的单元格区域已不存在：请重新检查后再试。',
  InvalidSelection: '要选择的单元格已不存在：请重新检查后再试。',
  InsertDeleteConflict: '与工作表中的插入或删除操作冲突：请稍后重试。',
  FilteredRangeConflict: '工作表处于筛选状态：请清除筛选后重试。',
  PivotTableRangeConflict: '目标区域与数据透视表重叠：请换一个空白工作表后重试。',
  NonBlankCellOffSheet: '表格太宽或太长，超出了工作表：请删除无关的行列后重试。',
  ApiNotFound: '当前 Excel 版本不支持这项操作：请升级到 Microsoft 365 或 Excel 2021 及以上版本。',
  UnsupportedOperation: '当前 Excel 版本不支持这项操作：请升级到 Microsoft 365 或 Excel 2021 及以上版本。',
  UnsupportedFeature: '当前 Excel 版本不支持这项操作：请升级到 Microsoft 365 或 Excel 2021 及以上版本。',
  NotImplemented: '当前 Excel 版本不支持这项操作：请升级到 Microsoft 365 或 Excel 2021 及以上版本。',
  GeneralException: 'Excel 内部出错，操作未完成：请保存工作簿，关闭并重新打开本窗格后重试。',
};

/** Anything else: the pane's own failure, or an Office code not listed above. */
const OTHERWISE = '操作未完成：请保存工作簿，关闭并重新打开本窗格后重试；若仍不成功，请在右上角“⋯ → 诊断信息”中复制诊断信息，交给技术支持。';

let lastError: string | undefined;

/**
 * The Chinese message for an error thrown inside a task pane action; the error's code and message
 * are kept for {@link lastErrorDetail}.
 * @example describeError({ code: 'AccessDenied', message: '…' }) // "工作表或工作簿受保护，无法写入：…"
 */
export function describeError(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : undefined;
  const detail = error instanceof Error ? error.message : String(error);
  lastError = [code, detail].filter((part) => part !== undefined && part !== '').join('：');
  return (code === undefined ? undefined : BY_CODE[code]) ?? OTHERWISE;
}

/** The code and message of the last error described, for a support request; undefined when none. */
export function lastErrorDetail(): string | undefined {
  return lastError;
}
