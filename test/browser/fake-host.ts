/**
 * Stands in for the Excel host in the task pane's browser tests. Loaded right after the real
 * office.js (the test server inserts it into taskpane.html), it answers `Office.onReady` as Excel
 * and runs `Excel.run` jobs against the in-memory fake workbook from test/support/fake-excel, which
 * it exposes as `window.fakeWorkbook` so the test can inspect what the real app and adapter wrote.
 * Outside Office, office.js leaves `Office.context` an empty object; the fake fills in what the pane
 * reads: a Chinese display language, and the diagnostics and requirement sets of the Excel it plays
 * (fake-profiles.ts) — a current Microsoft 365 unless the test set `window.fakeExcelProfile` before
 * the page loaded; an older one also refuses newer members in its batches. `window.fakeLayOut(grids)` lays sheets out as the add-in would, for a test to
 * start from a given workbook.
 */
import type { Grid } from '../../src/core/grid';
import { layOutGrids } from '../../src/excel/layout';
import { FakeWorkbook } from '../support/fake-excel';
import { FAKE_EXCEL_PROFILES, officeContextOf, type FakeExcelProfile } from './fake-profiles';

declare global {
  interface Window {
    fakeWorkbook: FakeWorkbook;
    fakeExcelProfile?: FakeExcelProfile;
    fakeLayOut(grids: readonly Grid[]): Promise<string[]>;
  }
}

const profile = window.fakeExcelProfile ?? 'current';
// An older Excel fails a batch that uses a member newer than its ExcelApi, as that Excel does.
const workbook = new FakeWorkbook(profile === 'current' ? {} : { excelApi: FAKE_EXCEL_PROFILES[profile].sets.ExcelApi });
window.fakeWorkbook = workbook;
window.fakeLayOut = (grids) => workbook.run((context) => layOutGrids(context, grids));
Object.assign(window, { Excel: { run: <T>(job: (context: ReturnType<FakeWorkbook['context']>) => Promise<T>) => workbook.run(job) } });
const officeReady = Office.onReady.bind(Office);
Office.onReady = (async () => {
  // office.js creates Office.context while it initialises; fill it in once that is done.
  await officeReady();
  Object.assign(Office.context, { displayLanguage: 'zh-CN', ...officeContextOf(profile) });
  return { host: Office.HostType.Excel, platform: Office.PlatformType.PC };
}) as typeof Office.onReady;
