/**
 * 公开文本工作表 — the document model as one printable sheet, for hosts where a download is not
 * allowed: the user prints this sheet and the (already print-ready) table sheets to PDF from Excel.
 * The tables are referred to by sheet, not copied, so a figure is never printed twice.
 */
import { formatAmount } from '../amount';
import type { CellValue, Grid, StyledRegion } from '../grid';
import type { ReportDocument } from './model';

/** The sheet name the in-Excel report writes. */
export const PUBLIC_TEXT_SHEET = '公开文本';

/** Width of column A in Excel character units: a portrait A4 line of body text. */
const TEXT_WIDTH = 90;

/**
 * Lays the document out as the `公开文本` sheet: one text column (A), chart data in A:B.
 * @example publicTextSheet(buildReport(input)).values[0] // ["阳城县应急管理局"]
 */
export function publicTextSheet(model: ReportDocument): Grid {
  const values: CellValue[][] = [];
  const styles: StyledRegion[] = [];
  const style = (row: number, s: StyledRegion['style'], right = 0): void => {
    styles.push({ range: { top: row, left: 0, bottom: row, right }, style: s });
  };
  const line = (text: string, s?: StyledRegion['style']): void => {
    values.push([text]);
    if (s) style(values.length - 1, s);
  };

  line(model.cover.department, { bold: true, fontSize: 20, horizontal: 'center' });
  line(model.cover.title, { bold: true, fontSize: 22, horizontal: 'center' });
  if (model.cover.draft) line('草稿', { bold: true, fontSize: 16, horizontal: 'center' });
  line('');

  for (const block of model.blocks) {
    switch (block.kind) {
      case 'heading':
        line(block.text, { bold: true, fontSize: block.level === 1 ? 16 : block.level === 2 ? 14 : 12 });
        break;
      case 'paragraph':
        line(block.text, { wrap: true, vertical: 'top', ...(block.placeholder ? { fill: '#FFF2CC' } : {}) });
        break;
      case 'table':
        line(`${block.table.title}（见工作表“${block.table.sheet}”）${block.table.unitLine ? '，' + block.table.unitLine : ''}`, {
          wrap: true,
        });
        break;
      case 'chart': {
        line(block.chart.title, { bold: true, horizontal: 'center' });
        const top = values.length;
        values.push(['项目', `金额（${block.chart.unit}）`]);
        block.chart.categories.forEach((category, i) => {
          values.push([category, formatAmount(block.chart.values[i] ?? '0', 2)]);
        });
        styles.push({ range: { top, left: 0, bottom: values.length - 1, right: 1 }, style: { border: true } });
        styles.push({ range: { top, left: 1, bottom: values.length - 1, right: 1 }, style: { horizontal: 'right' } });
        style(top, { bold: true, horizontal: 'center' }, 1);
        break;
      }
      case 'findings':
        for (const f of block.findings) line(`［${f.severityLabel}］${f.sheet}!${f.cell}：${f.message}`, { wrap: true });
        break;
      case 'unfinished':
        line('草稿：公开前须完成的事项', { bold: true, fontSize: 14 });
        for (const item of block.items) line(`［${item.kind === 'error' ? '错误' : '待填写'}］${item.where}：${item.what}`, { wrap: true });
        break;
      case 'pageBreak':
        line('');
        break;
    }
  }

  return {
    name: PUBLIC_TEXT_SHEET,
    values,
    merges: [],
    columnWidths: [TEXT_WIDTH, 16],
    styles,
    print: { orientation: 'portrait', paperSize: 'A4', fitToWidth: true },
  };
}
