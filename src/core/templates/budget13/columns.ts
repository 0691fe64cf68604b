/**
 * Column declarations shared by the seed family's tables. Widths are in Excel character units,
 * chosen so that the seed's longest labels and 9-digit 元 amounts fit without wrapping.
 */
import type { ColumnKey } from '../../model';
import type { AmountColumn, AmountKey, LabelColumn, LabelRole, Side } from '../types';

export const AMOUNT_WIDTH = 16;

/** An amount column of the given meaning. */
export function amount(key: AmountKey, side: Side = 'main'): AmountColumn {
  return { type: 'amount', key, side, width: AMOUNT_WIDTH };
}

/** A label column. */
export function label(role: LabelRole, width: number, side: Side = 'main'): LabelColumn {
  return { type: 'label', role, side, width };
}

/** 科目编码 (one column 15 wide; split into 类 | 款 | 项 it becomes three columns of a third each). */
export const CODE = (side: Side = 'main'): LabelColumn => label('code', 15, side);
/** 科目名称 of coded tables. */
export const SUBJECT_NAME = (side: Side = 'main'): LabelColumn => label('name', 36, side);

/** 合计 = 一般公共预算 + 政府性基金 + 国有资本经营预算 — the 财政拨款 sources. */
export const FISCAL_SOURCES: readonly ColumnKey[] = ['generalPublic', 'govFund', 'stateCapital'];
/** 合计 = all five funding sources (财政拨款 + 财政专户管理资金 + 单位资金). */
export const ALL_SOURCES: readonly ColumnKey[] = [...FISCAL_SOURCES, 'specialAccount', 'unitFunds'];
