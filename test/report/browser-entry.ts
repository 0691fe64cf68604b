/** Bundled for the browser by browser.test.ts: the sample's report made with no Node API at all. */
import { prepareReport } from '../../src/core/report';
import { sampleDisclosure } from '../../src/core/sample';
import { layoutWorkbook } from '../../src/core/templates';
import { buildDocx } from '../../src/report/docx';

(window as unknown as { makeReport: () => Promise<number[]> }).makeReport = async () => {
  const sample = sampleDisclosure();
  const workbook = layoutWorkbook({ family: 'budget13', department: sample.department, year: sample.year, unit: sample.unit, codeLayout: 'single', data: sample.data });
  const bytes = await buildDocx(prepareReport(workbook).document);
  return Array.from(bytes);
};
