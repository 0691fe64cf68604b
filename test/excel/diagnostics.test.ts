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
    expect(ipad.features.map((f) => [f.id, f.enabled])).toEqual([['taskpane', true], ['sharedRuntime', false], ['customFunctions', false], ['cellNotes', true]]);
    expect(diagnosticsText(ipad)).toContain('BUDGET 自定义函数：不可用（需要 CustomFunctionsRuntime 1.2；自定义函数不可用，任务窗格照常使用）');
    expect(diagnosticsText(ipad)).toContain(`加载项版本：${ADDIN_VERSION}`);
    expect(ADDIN_VERSION).toMatch(/^\d+\.\d+\.\d+$/);
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
