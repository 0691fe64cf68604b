/** The sample's report: the sample workbook (13 tables + 参数 with the seed's inputs, 职责 and 机构设置 included). */
import type { Grid } from '../../src/core/grid';
import { paramsSheet, sampleParams } from '../../src/core/params';
import { prepareReport, type PreparedReport } from '../../src/core/report';
import { sampleDisclosure } from '../../src/core/sample';
import { layoutWorkbook } from '../../src/core/templates';

/** The sample workbook as a user would hand it in: the 13 tables, then 参数 filled in. */
export function sampleWorkbook(): Grid[] {
  const sample = sampleDisclosure();
  const tables = layoutWorkbook({
    family: 'budget13',
    department: sample.department,
    year: sample.year,
    unit: sample.unit,
    codeLayout: 'single',
    data: sample.data,
  });
  return [...tables, paramsSheet(sampleParams())];
}

/** The sample's report, public or review copy. */
export function sampleReport(review = false): PreparedReport {
  return prepareReport(sampleWorkbook(), { review });
}
