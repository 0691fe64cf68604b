/**
 * 决算 tables, built from the domain guide's description ("Final accounts (决算), 9 tables"):
 * the two-column-pair basic-expenditure table, 三公 with 预算数 and 决算数, the two-sided 总表
 * with 行次 columns, the fund table with 年初/年末结转和结余. Figures are made up for the test.
 */
import { amountOf } from '../../../src/core/model';
import { recognizeWorkbook } from '../../../src/core/recognize';
import { sheet } from './gridFixture';

describe('recognizeWorkbook on 决算 tables', () => {
  it('reads the basic-expenditure table printed in two column pairs as 人员经费 and 公用经费 rows', () => {
    const grid = sheet(
      '基本支出决算',
      [
        ['一般公共预算财政拨款基本支出决算表'],
        ['编制单位：某某局', '', '', '', '', '单位：万元'],
        ['人员经费', '', '', '公用经费', '', ''],
        ['科目编码', '科目名称', '决算数', '科目编码', '科目名称', '决算数'],
        ['301', '工资福利支出', 100, '302', '商品和服务支出', 20],
        ['30101', '基本工资', 60, '30201', '办公费', 12],
        ['30102', '津贴补贴', 40, '30207', '邮电费', 8],
        ['303', '对个人和家庭的补助', 5, '310', '资本性支出', 3],
        ['30305', '生活补助', 5, '31002', '办公设备购置', 3],
        ['人员经费合计', '', 105, '公用经费合计', '', 23],
      ],
      ['A1:F1', 'A3:C3', 'D3:F3'],
    );
    const recognition = recognizeWorkbook([grid]);
    expect(recognition.family).toBe('final9');
    const [table] = recognition.tables;
    expect(table).toMatchObject({ kind: 'final.basicEconomic', unit: '万元' });
    expect(table!.columns.map((c) => `${c.key}@${c.col}`)).toEqual(['personnel@2', 'publicUse@5']);
    expect(table!.sides).toBeUndefined();
    const rows = table!.rows.map((r) => `${r.role} ${r.code ?? r.name} ${amountOf(r.amounts.personnel ?? r.amounts.publicUse)?.toFixed()}`);
    expect(rows).toEqual([
      'group 301 100', 'item 30101 60', 'item 30102 40', 'group 303 5', 'item 30305 5', 'total 人员经费合计 105',
      'group 302 20', 'item 30201 12', 'item 30207 8', 'group 310 3', 'item 31002 3', 'total 公用经费合计 23',
    ]);
    expect(table!.rows.find((r) => r.code === '30207')?.amounts.publicUse?.address).toBe('F7');
  });

  it('reads the 三公 table with 预算数 and 决算数 columns', () => {
    const grid = sheet('三公', [
      ['2023年度一般公共预算财政拨款“三公”经费支出决算表'],
      ['单位：万元'],
      ['项目', '预算数', '决算数'],
      ['合计', 10, 8.5],
      ['因公出国（境）费', '', ''],
      ['公务用车购置及运行费', 6, 5.5],
      ['其中：公务用车购置费', '', ''],
      ['公务用车运行维护费', 6, 5.5],
      ['公务接待费', 4, 3],
    ]);
    const [table] = recognizeWorkbook([grid]).tables;
    expect(table?.kind).toBe('final.threePublic');
    expect(table!.columns.map((c) => c.key)).toEqual(['budgeted', 'actual']);
    expect(table!.rows.map((r) => r.role)).toEqual(['total', 'item', 'group', 'item', 'item', 'item']);
    expect(amountOf(table!.rows[0]!.amounts.actual)?.toFixed()).toBe('8.5');
  });

  it('reads the 三公 table printed with its items as columns under 预算数 and 决算数', () => {
    const grid = sheet(
      '三公列式',
      [
        ['一般公共预算财政拨款"三公"经费支出决算表'],
        ['单位：万元'],
        ['预算数', '', '', '', '', '', '决算数', '', '', '', '', ''],
        ['合计', '因公出国（境）费', '公务用车购置及运行费', '', '', '公务接待费', '合计', '因公出国（境）费', '公务用车购置及运行费', '', '', '公务接待费'],
        ['', '', '小计', '公务用车购置费', '公务用车运行费', '', '', '', '小计', '公务用车购置费', '公务用车运行费', ''],
        [10, 0, 6, 0, 6, 4, 8.5, 0, 5.5, 0, 5.5, 3],
      ],
      ['A3:F3', 'G3:L3', 'C4:E4', 'I4:K4', 'A4:A5', 'B4:B5', 'F4:F5', 'G4:G5', 'H4:H5', 'L4:L5'],
    );
    const [table] = recognizeWorkbook([grid]).tables;
    expect(table?.kind).toBe('final.threePublic');
    expect(table!.columns.filter((c) => c.header.endsWith('合计')).map((c) => `${c.key}@${c.col}`)).toEqual(['budgeted@0', 'actual@6']);
    expect(amountOf(table!.rows[0]?.amounts.actual)?.toFixed()).toBe('8.5');
  });

  it('reads the two-sided 收入支出决算总表, skipping its 行次 columns and 栏次 row', () => {
    const grid = sheet(
      '总表',
      [
        ['收入支出决算总表'],
        ['公开01表', '', '', '', '', '金额单位：万元'],
        ['收入', '', '', '支出', '', ''],
        ['项目', '行次', '金额', '项目', '行次', '金额'],
        ['栏次', '', '1', '栏次', '', '2'],
        ['一、一般公共预算财政拨款收入', 1, 500, '一、一般公共服务支出', 32, 450],
        ['二、政府性基金预算财政拨款收入', 2, '', '二、外交支出', 33, ''],
        ['三、上级补助收入', 3, '', '三、国防支出', 34, ''],
        ['四、事业收入', 4, '', '四、公共安全支出', 35, ''],
        ['本年收入合计', 5, 500, '本年支出合计', 36, 450],
        ['使用非财政拨款结余', 6, '', '结余分配', 37, ''],
        ['年初结转和结余', 7, 20, '年末结转和结余', 38, 70],
        ['总计', 8, 520, '总计', 39, 520],
      ],
      ['A1:F1', 'A3:C3', 'D3:F3'],
    );
    const [table] = recognizeWorkbook([grid]).tables;
    expect(table?.kind).toBe('final.summary');
    expect(table!.columns.map((c) => `${c.side}:${c.key}@${c.col}`)).toEqual(['income:total@2', 'expenditure:total@5']);
    expect(table!.sides!.income.map((r) => r.role)).toEqual(['item', 'item', 'item', 'item', 'total', 'footer', 'footer', 'footer']);
    expect(table!.rows.map((r) => r.role)).toEqual(['item', 'item', 'item', 'item', 'total', 'footer', 'footer', 'footer']);
    expect(table!.rows[0]).toMatchObject({ code: '201', level: '类' });
  });

  it('reads the 财政拨款收入支出决算总表 with its 年初/年末财政拨款结转和结余 lines as footers', () => {
    const grid = sheet(
      '财政拨款总表',
      [
        ['财政拨款收入支出决算总表'],
        ['金额单位：万元'],
        ['收入', '', '', '支出', '', '', '', '', ''],
        ['项目', '行次', '金额', '项目', '行次', '合计', '一般公共预算财政拨款', '政府性基金预算财政拨款', '国有资本经营预算财政拨款'],
        ['一、一般公共预算财政拨款', 1, 100, '一、一般公共服务支出', 30, 90, 90, '', ''],
        ['二、政府性基金预算财政拨款', 2, '', '二、外交支出', 31, '', '', '', ''],
        ['本年收入合计', 3, 100, '本年支出合计', 32, 90, 90, '', ''],
        ['年初财政拨款结转和结余', 4, 5, '年末财政拨款结转和结余', 33, 15, 15, '', ''],
        ['一般公共预算财政拨款', 5, 5, '', '', '', '', '', ''],
        ['总计', 6, 105, '总计', 34, 105, 105, '', ''],
      ],
      ['A1:I1', 'A3:C3', 'D3:I3'],
    );
    const [table] = recognizeWorkbook([grid]).tables;
    expect(table?.kind).toBe('final.fiscalSummary');
    expect(table!.sides!.income.map((r) => r.role)).toEqual(['item', 'item', 'total', 'footer', 'footer', 'footer']);
    expect(table!.rows.map((r) => r.role)).toEqual(['item', 'item', 'total', 'footer', 'footer']);
    expect(table!.columns.filter((c) => c.side === 'expenditure').map((c) => c.key)).toEqual(['total', 'generalPublic', 'govFund', 'stateCapital']);
  });

  it('reads the fund table with 年初结转和结余, 本年收入, 本年支出 and 年末结转和结余', () => {
    const grid = sheet(
      '基金',
      [
        ['政府性基金预算财政拨款收入支出决算表'],
        ['单位：万元'],
        ['科目编码', '科目名称', '年初结转和结余', '本年收入', '本年支出', '', '', '年末结转和结余'],
        ['', '', '', '', '小计', '基本支出', '项目支出', ''],
        ['合计', '', 0, 30, 25, 0, 25, 5],
        ['212', '城乡社区支出', 0, 30, 25, 0, 25, 5],
      ],
      ['A1:H1', 'A3:A4', 'B3:B4', 'C3:C4', 'D3:D4', 'E3:G3', 'H3:H4'],
    );
    const [table] = recognizeWorkbook([grid]).tables;
    expect(table?.kind).toBe('final.fund');
    expect(table!.columns.map((c) => c.key)).toEqual(['openingBalance', 'income', 'expenditure', 'basic', 'project', 'closingBalance']);
    expect(table!.rows.map((r) => `${r.role}:${r.code ?? r.name}`)).toEqual(['total:合计', 'item:212']);
  });

  it('reads the 收入决算表 合计 column and its coded rows', () => {
    const grid = sheet('收入', [
      ['2023年度收入决算表'],
      ['单位：元'],
      ['项目', '', '本年收入合计', '财政拨款收入', '上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入'],
      ['科目编码', '科目名称', '', '', '', '', '', '', ''],
      ['合计', '', 1200, 1000, '', 200, '', '', ''],
      ['208', '社会保障和就业支出', 1200, 1000, '', 200, '', '', ''],
    ]);
    const recognition = recognizeWorkbook([grid]);
    const [table] = recognition.tables;
    expect(table).toMatchObject({ kind: 'final.income', unit: '元' });
    expect(table!.columns.map((c) => c.key)).toEqual(['total', 'fiscal', 'superiorSubsidy', 'businessIncome', 'operatingIncome', 'affiliatedIncome', 'otherIncome']);
    expect(table!.rows.map((r) => r.code ?? r.name)).toEqual(['合计', '208']);
  });
});

describe('ordinals before row names', () => {
  it('reads 1. / （1） numbered 三公 lines by their names', () => {
    const grid = sheet('三公', [
      ['一般公共预算财政拨款“三公”经费支出决算表'],
      ['单位：万元'],
      ['项目', '预算数', '决算数'],
      ['合计', 10, 8],
      ['1.因公出国（境）费', 0, 0],
      ['2.公务用车购置及运行费', 6, 5],
      ['其中：（1）公务用车购置费', 0, 0],
      ['（2）公务用车运行费', 6, 5],
      ['3.公务接待费', 4, 3],
    ]);
    const [table] = recognizeWorkbook([grid]).tables;
    expect(table!.rows.map((r) => r.role)).toEqual(['total', 'item', 'group', 'item', 'item', 'item']);
  });

  it('gives numbered class lines of a 收支总表 their 类 codes', () => {
    const grid = sheet('总表', [
      ['收支总表'],
      ['单位：万元'],
      ['收入', '', '支出', ''],
      ['项目', '金额', '项目', '金额'],
      ['1.一般公共预算拨款', 10, '1.一般公共服务支出', 10],
      ['本年收入合计', 10, '本年支出合计', 10],
    ], ['A3:B3', 'C3:D3']);
    const [table] = recognizeWorkbook([grid]).tables;
    expect(table!.rows.map((r) => r.code ?? r.role)).toEqual(['201', 'total']);
  });
});
