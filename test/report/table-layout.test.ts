import type { ReportTable } from '../../src/core/report';
import { contentWidth, coveredCells, tableGeometry, textTwips, CELL_PADDING } from '../../src/report/table-layout';
import { sampleReport } from './fixture';

const blocks = sampleReport().document.blocks;
const tables = blocks.flatMap((b) => (b.kind === 'table' && !b.table.form ? [b.table] : []));
const forms = blocks.flatMap((b) => (b.kind === 'table' && b.table.form ? [b.table] : []));

describe('textTwips', () => {
  it('counts a CJK character as one em and a digit as 0.6 em, a comma or full stop as 0.3 em', () => {
    expect(textTwips('政府性基金', 18)).toBe(5 * 180);
    expect(textTwips('4,052.12', 20)).toBe(Math.ceil(6 * 120 + 2 * 60));
  });
});

describe('tableGeometry on the sample’s tables', () => {
  it.each(tables.map((t) => [t.number, t.title, t] as const))('sets 表%i %s so that every header cell fits on one line', (_n, _title, table) => {
    const geometry = tableGeometry(table);
    expect(geometry.fits).toBe(true);
    expect(geometry.widths.reduce((a, b) => a + b, 0)).toBe(contentWidth(geometry.orientation));
    const covered = coveredCells(table);
    table.header.forEach((row, r) =>
      row.forEach((cell, c) => {
        const merge = covered.get(`${r},${c}`);
        if (cell.text === '' || (merge && (merge.top !== r || merge.left !== c))) return;
        const width = geometry.widths.slice(c, (merge?.right ?? c) + 1).reduce((a, b) => a + b, 0);
        expect({ header: cell.text, fits: textTwips(cell.text, geometry.size) + CELL_PADDING <= width }).toEqual({ header: cell.text, fits: true });
      }),
    );
  });

  it('keeps 表三 (five columns) portrait at 10.5pt, takes 表一 a size down to stay portrait, and turns 表二 (eight amount columns) landscape', () => {
    expect(tableGeometry(tables[2]!)).toMatchObject({ orientation: 'portrait', size: 21 });
    expect(tableGeometry(tables[0]!)).toMatchObject({ orientation: 'portrait', size: 18 });
    expect(tableGeometry(tables[1]!).orientation).toBe('landscape');
  });

  it('sets the 绩效目标表 portrait, a size down (7.5pt), as the budget system prints them', () => {
    expect(forms).toHaveLength(27);
    expect(forms.map((f) => tableGeometry(f)).every((g) => g.fits && g.orientation === 'portrait' && g.size === 15)).toBe(true);
  });

  it('says when not even landscape at 7.5pt holds the headers on one line', () => {
    const header = Array.from({ length: 30 }, (_, c) => ({ text: `国有资本经营预算${c}`, align: 'center' as const, amount: false }));
    const wide: ReportTable = { number: 1, sheet: 's', title: 't', columnCount: 30, header: [header], body: [], merges: [] };
    expect(tableGeometry(wide)).toMatchObject({ orientation: 'landscape', size: 15, fits: false });
  });
});
