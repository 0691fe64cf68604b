/**
 * Stands in for the Excel host in the task pane's browser tests. Loaded right after the real
 * office.js (the test server inserts it into taskpane.html), it answers `Office.onReady` as Excel
 * and runs `Excel.run` jobs against the in-memory fake workbook from test/support/fake-excel, which
 * it exposes as `window.fakeWorkbook` so the test can inspect what the real app and adapter wrote.
 * Outside Office, office.js leaves `Office.context` an empty object; the fake fills in what the pane
 * reads: a Chinese display language and the requirement sets (the fake implements notes, ExcelApi 1.18).
 */
import { FakeWorkbook } from '../support/fake-excel';

declare global {
  interface Window {
    fakeWorkbook: FakeWorkbook;
  }
}

const workbook = new FakeWorkbook();
window.fakeWorkbook = workbook;
Object.assign(window, { Excel: { run: <T>(job: (context: ReturnType<FakeWorkbook['context']>) => Promise<T>) => workbook.run(job) } });
const officeReady = Office.onReady.bind(Office);
Office.onReady = (async () => {
  // office.js creates Office.context while it initialises; fill it in once that is done.
  await officeReady();
  Object.assign(Office.context, {
    displayLanguage: 'zh-CN',
    requirements: { isSetSupported: (name: string) => name === 'ExcelApi' },
  });
  return { host: Office.HostType.Excel, platform: Office.PlatformType.PC };
}) as typeof Office.onReady;
