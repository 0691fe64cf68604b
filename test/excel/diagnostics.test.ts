import { ADDIN_VERSION, diagnosticsText, readDiagnostics, type OfficeContextLike } from '../../src/excel/diagnostics';

/** An Office context that supports the sets listed (name → highest version). */
function office(sets: Record<string, string>, diagnostics: OfficeContextLike['diagnostics'] = { host: 'Excel', platform: 'PC', version: '16.0.14332.20000' }): OfficeContextLike {
  return {
    diagnostics,
    requirements: {
      isSetSupported: (name, version = '1.1') => sets[name] !== undefined && Number(version.split('.')[1]) <= Number(sets[name]!.split('.')[1]),
    },
  };
}

describe('readDiagnostics', () => {
  it('shows cell notes off in Excel 2021 (ExcelApi up to 1.14), with what the add-in does instead', () => {
    const excel2021 = readDiagnostics(office({ ExcelApi: '1.14', SharedRuntime: '1.1', CustomFunctionsRuntime: '1.3' }), '0.1.0');
    const notes = excel2021.features.find((f) => f.id === 'cellNotes')!;
    expect([notes.enabled, notes.needs]).toEqual([false, 'ExcelApi 1.18']);
    expect(excel2021.features.filter((f) => f.id !== 'cellNotes').every((f) => f.enabled)).toBe(true);
    expect(diagnosticsText(excel2021)).toContain('在问题单元格上添加批注说明：不可用（需要 ExcelApi 1.18；只用底色标记问题单元格');
  });

  it('shows an iPad as the task pane without the shared runtime and the functions, and the version of the add-in', () => {
    const ipad = readDiagnostics(office({ ExcelApi: '1.18' }, { host: 'Excel', platform: 'iOS', version: '16.93' }), ADDIN_VERSION);
    expect(ipad.features.filter((f) => !f.enabled).map((f) => f.id)).toEqual(['sharedRuntime', 'customFunctions']);
    expect(diagnosticsText(ipad)).toContain('BUDGET 自定义函数：不可用（需要 CustomFunctionsRuntime 1.2；自定义函数不可用，任务窗格照常使用）');
    expect(diagnosticsText(ipad)).toContain(`加载项版本：${ADDIN_VERSION}`);
    expect(ADDIN_VERSION).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('shows an Excel with ExcelApi up to 1.7 (Office 2019’s level; Mac 16.9–16.16) with each newer feature off and what the add-in does instead', () => {
    const excel17 = readDiagnostics(office({ ExcelApi: '1.7' }, { host: 'Excel', platform: 'Mac', version: '16.16' }), '0.1.0');
    expect(excel17.features.map((f) => [f.id, f.enabled])).toEqual([
      ['taskpane', true],
      ['sharedRuntime', false],
      ['customFunctions', false],
      ['calculationSuspension', true],
      ['printSetup', false],
      ['fillPatterns', false],
      ['mergedAreas', false],
      ['cellNotes', false],
    ]);
    const text = diagnosticsText(excel17);
    expect(text).toContain('ExcelApi 1.4：支持');
    expect(text).toContain('ExcelApi 1.13：不支持');
    expect(text).toContain('读取合并单元格：不可用（需要 ExcelApi 1.13；按各单元格的值读取表格');
    expect(text).toContain('生成表格时设置打印格式（纸张、方向、一页宽、重复标题行）：不可用（需要 ExcelApi 1.9；表格照常生成，不设置打印格式');
    expect(text).toContain('清除标记时区分白色填充与无填充：不可用（需要 ExcelApi 1.9；白色填充的单元格清除标记后恢复为无填充');
  });

  it('shows the task pane off below ExcelApi 1.4 (Office 2016 volume-licensed), pointing to the command line', () => {
    const office2016 = readDiagnostics(office({ ExcelApi: '1.1' }), '0.1.0');
    expect(office2016.features.filter((f) => f.enabled)).toEqual([]);
    expect(diagnosticsText(office2016)).toContain('任务窗格（模板、校验、情况说明、报告）：不可用（需要 ExcelApi 1.4；无（此 Excel 不提供本加载项，请用命令行 budget-disclosure））');
  });

  it('shows everything on in a current Microsoft 365', () => {
    const current = readDiagnostics(office({ ExcelApi: '1.19', SharedRuntime: '1.1', CustomFunctionsRuntime: '1.4' }), '0.1.0');
    expect(current.features.every((f) => f.enabled)).toBe(true);
    expect(current.requirementSets.every((s) => s.supported)).toBe(true);
  });

  it('says 未知 where an old Office gives no diagnostics, and does not throw on a failing isSetSupported', () => {
    const old = readDiagnostics({ diagnostics: null, requirements: { isSetSupported: () => { throw new Error('not available'); } } }, '0.1.0');
    expect([old.host, old.platform, old.officeVersion]).toEqual(['未知', '未知', null]);
    expect(old.features.every((f) => !f.enabled)).toBe(true);
    expect(diagnosticsText(old)).toContain('Office 版本：未知');
  });
});
