/**
 * Turns an error from an Excel job into a Chinese message that says what happened and what to do
 * (issue 6: errors from Office are shown, never a blank pane). Office.js rejects with an
 * `OfficeExtension.Error` whose `code` names the cause; the codes are those of `Excel.ErrorCodes`.
 */

/** What the user sees: what went wrong, and what to do about it. */
const BY_CODE: Readonly<Record<string, string>> = {
  InvalidOperationInCellEditMode: 'Excel 正在编辑单元格：请先按 Enter 或 Esc 结束编辑，再重试。',
  AccessDenied: '工作表或工作簿受保护，无法写入：请在“审阅”选项卡撤销保护后重试。',
  ItemAlreadyExists: '同名工作表已存在：请重命名或删除该工作表后重试。',
  ItemNotFound: '找不到要处理的工作表或单元格，可能已被删除或重命名：请重新校验后再试。',
  MergedRangeConflict: '目标区域与已有的合并单元格冲突：请取消合并或换一个空白工作表后重试。',
  RequestPayloadSizeLimitExceeded: '一次要写入的数据超过 Excel 的限制：请分批处理或减少工作表后重试。',
  ResponsePayloadSizeLimitExceeded: '一次要读取的数据超过 Excel 的限制：请删除无关的大工作表后重试。',
  OperationCellsExceedLimit: '涉及的单元格过多，超过 Excel 的限制：请删除无关的数据区域后重试。',
  InactiveWorkbook: '工作簿已不在活动状态：请切换回该工作簿后重试。',
  RequestAborted: 'Excel 中止了操作：请稍后重试。',
  ApiNotFound: '当前 Excel 版本不支持此操作：请升级到支持共享运行时的 Excel（Microsoft 365 或 Excel 2021 及以上）。',
  UnsupportedOperation: '当前 Excel 版本不支持此操作：请升级到支持共享运行时的 Excel（Microsoft 365 或 Excel 2021 及以上）。',
};

/**
 * The Chinese message for an error thrown inside a task pane action.
 * @example describeError({ code: 'AccessDenied', message: '…' }) // "工作表或工作簿受保护，无法写入：…"
 */
export function describeError(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : undefined;
  const known = code === undefined ? undefined : BY_CODE[code];
  if (known) return known;
  const detail = error instanceof Error ? error.message : String(error);
  return `操作失败（${code ?? '未知错误'}）：${detail}。请重试；若仍失败，请保存工作簿后重新打开本窗格。`;
}
