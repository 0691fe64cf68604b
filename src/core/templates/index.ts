/**
 * 表样 — table families declared as data, and the layout that turns them into Grids.
 * @example layoutWorkbook({ family: 'budget13', department: '阳城县应急管理局', year: 2024, unit: '万元', codeLayout: 'split' })
 */
export { FAMILIES, tableTemplate } from './families';
export { layoutWorkbook, layoutTable, LayoutOptionError, HEADER_START_ROW, type CodeLayout, type LayoutOptions } from './layout';
export { TableDataShapeError } from './lines';
export type * from './types';
export type * from './data';
