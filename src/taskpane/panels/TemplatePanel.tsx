/**
 * 第 1 步 模板 — lays out the blank tables of a family with the 参数 sheet (the department, year
 * and 单位类型 typed here written into it), replacing the templates the add-in wrote before after
 * a confirmation; or the embedded sample, to try every step; or next year's templates rolled
 * forward from this workbook. Never writes over a sheet of the user's.
 */
import { Button, Divider, Field, Input, Radio, RadioGroup, Select, Spinner, Text } from '@fluentui/react-components';
import { useRef, useState, type ReactElement } from 'react';
import type { Unit } from '../../core/amount';
import type { FamilyId } from '../../core/model';
import { UNIT_TYPES } from '../../core/params/schema';
import { FAMILIES, type CodeLayout } from '../../core/templates';
import { NextStep, Result, useConfirmReplace, useJob, useUiStyles } from '../ui';
import type { PanelProps } from './panel';

/** The families the pane offers, in the order of core/templates FAMILIES (budget13 first, the seed's). */
const FAMILY_CHOICES = Object.keys(FAMILIES) as FamilyId[];
const FAMILY_NAMES: Record<FamilyId, string> = { budget13: '部门预算（13 张表）', budget9: '部门预算（9 张表）', final9: '部门决算（9 张表）' };

/** A four-digit year, or undefined for anything else. */
function parseYear(text: string): number | undefined {
  return /^\d{4}$/.test(text.trim()) ? Number(text.trim()) : undefined;
}

const list = (sheets: readonly string[]) => (sheets.length > 4 ? `${sheets.slice(0, 3).join('、')} 等 ${sheets.length} 张` : sheets.join('、'));

export default function TemplatePanel({ hostReady, actions, flow }: PanelProps): ReactElement {
  const styles = useUiStyles();
  const job = useJob(flow);
  const replace = useConfirmReplace();
  const [family, setFamily] = useState<FamilyId>('budget13');
  const [department, setDepartment] = useState('');
  const [yearText, setYearText] = useState(String(new Date().getFullYear()));
  const [unit, setUnit] = useState<Unit>('万元');
  const [unitType, setUnitType] = useState('');
  const [codeLayout, setCodeLayout] = useState<CodeLayout>('single');
  const [validate, setValidate] = useState(false);
  const [laidOut, setLaidOut] = useState(false);
  const departmentRef = useRef<HTMLInputElement>(null);
  const yearRef = useRef<HTMLInputElement>(null);

  const year = parseYear(yearText);
  const departmentMissing = department.trim() === '';

  /** Lays out after confirming the replacement of the templates written before; then reads where the workbook stands. */
  const layOut = (write: () => Promise<string[]>, what: string) =>
    actions &&
    void job.run(async () => {
      if (!(await replace.confirm(await actions.generatedSheets('模板'), '模板'))) return { intent: 'info', text: '已取消，工作簿未作改动。' };
      const sheets = await write();
      flow.update(await actions.status(flow.policy, flow.previous));
      setLaidOut(true);
      return { intent: 'success', title: `已生成${what}`, text: `工作表：${list(sheets)}。部门名称、年度等已写入“参数”表。下一步请在各表中填写数字。` };
    }, `正在生成${what}…`);

  function layOutTemplates(): void {
    setValidate(true);
    if (departmentMissing) return departmentRef.current?.focus();
    if (year === undefined) return yearRef.current?.focus();
    layOut(() => actions!.layOutTemplates({ family, department: department.trim(), year, unit, codeLayout, ...(unitType ? { unitType } : {}) }), '模板');
  }

  /** A family brings the unit and code layout it is usually printed in (9-table budget: 元, 类/款/项). */
  function chooseFamily(id: FamilyId): void {
    setFamily(id);
    setUnit(FAMILIES[id].unit ?? '万元');
    setCodeLayout(FAMILIES[id].codeLayout ?? 'single');
  }

  const rollForward = () =>
    actions &&
    void job.run(async () => {
      const outcome = await actions.rollForward();
      if (outcome.kind === 'unusable') return { intent: 'warning', title: '无法生成下一年度模板', text: outcome.reason };
      const missing = outcome.missing.length > 0 ? `本工作簿缺少的表格已按空白表生成：${outcome.missing.join('、')}。` : '';
      return { intent: 'success', title: `已生成 ${outcome.year} 年度模板`, text: `新建工作表：${list(outcome.sheets)}。${missing}` };
    }, '正在生成下一年度模板…');

  const disabled = job.busy || !hostReady || !actions;
  return (
    <div className={styles.panel}>
      <Text as="h2" size={400} weight="semibold" className={styles.heading}>
        第 1 步 模板
      </Text>
      <Text as="p" className={styles.heading}>
        选择表格套式，填写部门和年度，生成空白的公开表格和“参数”表。已有的工作表不会被覆盖。
      </Text>
      <Field label="表格套式">
        <Select value={family} onChange={(_, data) => chooseFamily(data.value as FamilyId)} disabled={disabled}>
          {FAMILY_CHOICES.map((id) => (
            <option key={id} value={id}>
              {FAMILY_NAMES[id]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="部门名称" required validationMessage={validate && departmentMissing ? '请填写部门名称。' : undefined}>
        <Input ref={departmentRef} value={department} onChange={(_, data) => setDepartment(data.value)} disabled={disabled} />
      </Field>
      <Field label="预算年度" required validationMessage={validate && year === undefined ? '请填写四位数的年度，例如 2025。' : undefined}>
        <Input ref={yearRef} value={yearText} inputMode="numeric" onChange={(_, data) => setYearText(data.value)} disabled={disabled} />
      </Field>
      <Field label="单位类型" hint="决定机关运行经费的核对方法；不确定可以以后在“参数”表中填写。">
        <Select value={unitType} onChange={(_, data) => setUnitType(data.value)} disabled={disabled}>
          <option value="">以后再填</option>
          {UNIT_TYPES.map((type) => (
            <option key={type} value={type}>
              {type}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="金额单位">
        <RadioGroup layout="horizontal" value={unit} onChange={(_, data) => setUnit(data.value as Unit)} disabled={disabled}>
          <Radio value="万元" label="万元" />
          <Radio value="元" label="元" />
        </RadioGroup>
      </Field>
      <Field label="科目编码">
        <RadioGroup value={codeLayout} onChange={(_, data) => setCodeLayout(data.value as CodeLayout)} disabled={disabled}>
          <Radio value="single" label="一列（如 2080505）" />
          <Radio value="split" label="类、款、项三列" />
        </RadioGroup>
      </Field>
      <div className={styles.buttons}>
        <Button appearance="primary" onClick={layOutTemplates} disabled={disabled}>
          生成模板
        </Button>
      </div>
      {job.busy ? <Spinner size="small" label="正在写入工作表…" /> : null}
      <Result resultRef={job.resultRef} notice={job.notice} label="模板的结果">
        {laidOut && job.notice?.intent === 'success' ? <NextStep from="template" flow={flow} /> : null}
      </Result>
      <Divider />
      <section aria-label="其他方式" className={styles.section}>
        <Text as="h3" weight="semibold" className={styles.heading}>
          其他方式
        </Text>
        <Text as="p" className={styles.heading}>
          先看看效果：填入阳城县应急管理局 2024 年的示例数据（会替换本工具生成的模板），再依次完成后面各步。
        </Text>
        <div className={styles.buttons}>
          <Button onClick={() => layOut(() => actions!.layOutSample(codeLayout), '示例数据')} disabled={disabled}>
            填入示例数据
          </Button>
        </div>
        <Text as="p" className={styles.heading}>
          已有本年度的表格：按同一部门、同一套式生成下一年度的空白模板（保留科目行和项目名称，金额留空），本年度的合计数写入新“参数”表作为上年数。
        </Text>
        <div className={styles.buttons}>
          <Button onClick={rollForward} disabled={disabled}>
            生成下一年度模板
          </Button>
        </div>
      </section>
      {replace.dialog}
    </div>
  );
}
