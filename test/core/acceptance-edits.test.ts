import { acceptAll, withdrawAcceptance } from '../../src/core/acceptance-edits';
import { reviewWorkbook } from '../../src/core/review';
import { acceptanceSheet, AcceptanceError } from '../../src/core/rules/acceptances';
import { isRounding } from '../../src/core/rules/finding';
import { paramsSheet, sampleParams } from '../../src/core/params';
import { sampleDisclosure } from '../../src/core/sample';
import { layoutWorkbook } from '../../src/core/templates';

const sample = sampleDisclosure();
const workbook = [...layoutWorkbook({ family: 'budget13', department: sample.department, year: sample.year, unit: sample.unit, codeLayout: 'single', data: sample.data }), paramsSheet(sampleParams())];

describe('accepting all 尾差 at once, and withdrawing one', () => {
  const rounding = reviewWorkbook(workbook).findings.filter(isRounding);

  it('accepts the sample\'s 14 尾差 with one 说明: the review then counts no open info', () => {
    expect(rounding).toHaveLength(14);
    const stored = acceptAll([], rounding, '系四舍五入形成的尾差', '2025-03-01');
    const review = reviewWorkbook([...workbook, acceptanceSheet(stored)]);
    expect(review.summary.info).toBe(0);
    expect(review.findings.filter((finding) => finding.accepted?.note === '系四舍五入形成的尾差')).toHaveLength(14);
  });

  it('replaces an earlier 说明 of the same finding rather than adding a second', () => {
    const once = acceptAll([], rounding, '尾差', '2025-03-01');
    const again = acceptAll(once, rounding.slice(0, 1), '系四舍五入', '2025-03-02');
    expect(again).toHaveLength(14);
    expect(reviewWorkbook([...workbook, acceptanceSheet(again)]).findings.find((f) => f.cell === rounding[0]!.cell && f.sheet === rounding[0]!.sheet && f.rule === rounding[0]!.rule)?.accepted?.note).toBe('系四舍五入');
  });

  it('withdraws one acceptance: that finding is open again', () => {
    const stored = withdrawAcceptance(acceptAll([], rounding, '尾差', '2025-03-01'), rounding[0]!);
    expect(stored).toHaveLength(13);
    expect(reviewWorkbook([...workbook, acceptanceSheet(stored)]).summary.info).toBe(1);
  });

  it('refuses an empty 说明', () => {
    expect(() => acceptAll([], rounding, '  ', '2025-03-01')).toThrow(AcceptanceError);
  });
});
