/**
 * The Excel builds the browser tests' fake host can play: what `Office.context.diagnostics` says
 * and the highest version of each requirement set it supports. Imported by the fake host (in the
 * page) and by the tests (in Node), so that both see the same Excel.
 */
export const FAKE_EXCEL_PROFILES = {
  /** Microsoft 365, current channel. */
  current: { diagnostics: { host: 'Excel', platform: 'PC', version: '16.0.18526.20168' }, sets: { ExcelApi: '1.19', SharedRuntime: '1.1', CustomFunctionsRuntime: '1.4' } },
  /**
   * The oldest Excel manifest.xml lets run the add-in: ExcelApi 1.4 (Excel 2016 click-to-run,
   * version 1704), no shared runtime, no custom functions.
   */
  oldest: { diagnostics: { host: 'Excel', platform: 'PC', version: '16.0.8201.2001' }, sets: { ExcelApi: '1.4' } },
} as const;

export type FakeExcelProfile = keyof typeof FAKE_EXCEL_PROFILES;

/** Whether `version` ("1.12") is at most `highest` ("1.19"), comparing major then minor numerically. */
function atMost(version: string, highest: string): boolean {
  const [major = 0, minor = 0] = version.split('.').map(Number);
  const [topMajor = 0, topMinor = 0] = highest.split('.').map(Number);
  return major < topMajor || (major === topMajor && minor <= topMinor);
}

/** The slice of Office.context the profile fills in (diagnostics and requirements). */
export function officeContextOf(profile: FakeExcelProfile): { diagnostics: { host: string; platform: string; version: string }; requirements: { isSetSupported(name: string, version?: string): boolean } } {
  const { diagnostics, sets } = FAKE_EXCEL_PROFILES[profile];
  const highest: Readonly<Record<string, string>> = sets;
  return {
    diagnostics: { ...diagnostics },
    requirements: { isSetSupported: (name, version = '1.1') => highest[name] !== undefined && atMost(version, highest[name]) },
  };
}
