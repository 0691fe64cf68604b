/**
 * Stands in for the Excel host in the task pane's browser tests. Loaded right after the real
 * office.js (the test server inserts it into taskpane.html), it answers `Office.onReady` as Excel
 * and runs `Excel.run` jobs against the in-memory fake workbook from test/support/fake-excel, which
 * it exposes as `window.fakeWorkbook` so the test can inspect what the real app and adapter wrote.
 * Outside Office, office.js leaves `Office.context` an empty object; the fake fills in what the pane
 * reads: a Chinese display language, the diagnostics and the requirement sets of the Excel it plays
 * — a current Microsoft 365 by default, or the Excel named by `window.fakeExcelProfile` (set by the
 * test before the page loads).
 */
import { FakeWorkbook } from '../support/fake-excel';

/** Excel builds the fake can play: what Office.context.diagnostics says and the highest version of each set. */
export const FAKE_EXCEL_PROFILES = {
  /** Microsoft 365, current channel. */
  current: { diagnostics: { host: 'Excel', platform: 'PC', version: '16.0.18526.20168' }, sets: { ExcelApi: '1.19', SharedRuntime: '1.1', CustomFunctionsRuntime: '1.4' } },
  /** Excel 2016 (volume licence): ExcelApi 1.1–1.2, no shared runtime, no custom functions. */
  excel2016: { diagnostics: { host: 'Excel', platform: 'PC', version: '16.0.4266.1001' }, sets: { ExcelApi: '1.2' } },
} as const;

export type FakeExcelProfile = keyof typeof FAKE_EXCEL_PROFILES;

declare global {
  interface Window {
    fakeWorkbook: FakeWorkbook;
    fakeExcelProfile?: FakeExcelProfile;
  }
}

/** Whether `version` ("1.12") is at most `highest` ("1.19"), comparing major then minor numerically. */
function atMost(version: string, highest: string): boolean {
  const [major = 0, minor = 0] = version.split('.').map(Number);
  const [topMajor = 0, topMinor = 0] = highest.split('.').map(Number);
  return major < topMajor || (major === topMajor && minor <= topMinor);
}

const workbook = new FakeWorkbook();
window.fakeWorkbook = workbook;
Object.assign(window, { Excel: { run: <T>(job: (context: ReturnType<FakeWorkbook['context']>) => Promise<T>) => workbook.run(job) } });
const officeReady = Office.onReady.bind(Office);
Office.onReady = (async () => {
  // office.js creates Office.context while it initialises; fill it in once that is done.
  await officeReady();
  const profile = FAKE_EXCEL_PROFILES[window.fakeExcelProfile ?? 'current'];
  const sets: Readonly<Record<string, string>> = profile.sets;
  Object.assign(Office.context, {
    displayLanguage: 'zh-CN',
    diagnostics: profile.diagnostics,
    requirements: { isSetSupported: (name: string, version = '1.1') => sets[name] !== undefined && atMost(version, sets[name]) },
  });
  return { host: Office.HostType.Excel, platform: Office.PlatformType.PC };
}) as typeof Office.onReady;
