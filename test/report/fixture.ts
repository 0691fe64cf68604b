/** The sample's report: the sample workbook (13 tables, 参数 with the seed's inputs, 绩效目标表, 名词解释). */
import type { Grid } from '../../src/core/grid';
import { prepareReport, type PreparedReport } from '../../src/core/report';
import { sampleWorkbook as embeddedSample } from '../../src/core/sample';

/** The sample workbook as a user would hand it in. */
export function sampleWorkbook(): Grid[] {
  return embeddedSample();
}

/** The sample's report, public or review copy. */
export function sampleReport(review = false): PreparedReport {
  return prepareReport(sampleWorkbook(), { review });
}
