/** The sample's report: the sample workbook (13 tables + 参数 with the seed's inputs, 职责 and 机构设置). */
import type { Grid } from '../../src/core/grid';
import { paramsSheet, sampleParams } from '../../src/core/params';
import { prepareReport, type PreparedReport } from '../../src/core/report';
import { sampleDisclosure } from '../../src/core/sample';
import { layoutWorkbook } from '../../src/core/templates';
import { loadSeedText } from '../support/seed';

/** 第一部分 of the seed's published text: the 职责 and 机构设置 paragraphs. */
export function seedProfile(): { duties: string; organisation: string } {
  const text = loadSeedText();
  const part = text.slice(text.indexOf('第一部分 概况\n'), text.indexOf('第二部分 2024年部门预算报表\n'));
  const between = (from: string, to: string): string =>
    part
      .slice(part.indexOf(from) + from.length, to === '' ? undefined : part.indexOf(to))
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l !== '')
      .join('\n');
  return { duties: between('一、本部门职责', '二、机构设置情况'), organisation: between('二、机构设置情况', '') };
}

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
  const params = paramsSheet(sampleParams());
  const profile = seedProfile();
  return [...tables, { ...params, values: [...params.values, ['职责', profile.duties], ['机构设置', profile.organisation]] }];
}

/** The sample's report, public or review copy. */
export function sampleReport(review = false): PreparedReport {
  return prepareReport(sampleWorkbook(), { review });
}
