/**
 * 模板 — lays out the blank tables of a family (with the 参数 sheet) or the embedded sample into new
 * sheets. Never writes over a user's sheet: the Excel job picks a free name for each new sheet.
 */
import {
  Button,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Radio,
  RadioGroup,
  Select,
  Spinner,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useState, type ReactElement } from 'react';
import type { Unit } from '../../core/amount';
import type { CodeLayout } from '../../core/templates';
import { describeError } from '../officeErrors';
import type { PanelProps } from './panel';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  buttons: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

/** The families the pane offers: only the seed's 13-table budget family exists so far. */
const FAMILY_CHOICES = [{ id: 'budget13', name: '部门预算公开（13 张表）' }] as const;

type Outcome = { kind: 'done'; sheets: string[] } | { kind: 'failed'; message: string };

/** A four-digit year, or undefined for anything else. */
function parseYear(text: string): number | undefined {
  return /^\d{4}$/.test(text.trim()) ? Number(text.trim()) : undefined;
}

export default function TemplatePanel({ strings, hostReady, actions }: PanelProps): ReactElement {
  const text = strings.template;
  const styles = useStyles();
  const [department, setDepartment] = useState('');
  const [yearText, setYearText] = useState(String(new Date().getFullYear()));
  const [unit, setUnit] = useState<Unit>('万元');
  const [codeLayout, setCodeLayout] = useState<CodeLayout>('single');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>();
  const [validate, setValidate] = useState(false);

  const year = parseYear(yearText);
  const departmentMissing = department.trim() === '';

  async function perform(job: () => Promise<string[]>): Promise<void> {
    setBusy(true);
    setOutcome(undefined);
    try {
      setOutcome({ kind: 'done', sheets: await job() });
    } catch (error) {
      setOutcome({ kind: 'failed', message: describeError(error) });
    } finally {
      setBusy(false);
    }
  }

  function layOutTemplates(): void {
    setValidate(true);
    if (!actions || departmentMissing || year === undefined) return;
    void perform(() => actions.layOutTemplates({ family: 'budget13', department: department.trim(), year, unit, codeLayout }));
  }

  const disabled = busy || !hostReady || !actions;
  return (
    <div className={styles.panel}>
      <Text as="p">{strings.panelPurpose.template}</Text>
      <Field label={text.family}>
        <Select value="budget13" disabled={disabled}>
          {FAMILY_CHOICES.map((family) => (
            <option key={family.id} value={family.id}>
              {family.name}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={text.department} required validationMessage={validate && departmentMissing ? text.departmentRequired : undefined}>
        <Input value={department} onChange={(_, data) => setDepartment(data.value)} disabled={disabled} />
      </Field>
      <Field label={text.year} required validationMessage={validate && year === undefined ? text.yearInvalid : undefined}>
        <Input value={yearText} inputMode="numeric" onChange={(_, data) => setYearText(data.value)} disabled={disabled} />
      </Field>
      <Field label={text.unit}>
        <RadioGroup layout="horizontal" value={unit} onChange={(_, data) => setUnit(data.value as Unit)} disabled={disabled}>
          <Radio value="万元" label="万元" />
          <Radio value="元" label="元" />
        </RadioGroup>
      </Field>
      <Field label={text.codeLayout}>
        <RadioGroup value={codeLayout} onChange={(_, data) => setCodeLayout(data.value as CodeLayout)} disabled={disabled}>
          <Radio value="single" label={text.codeSingle} />
          <Radio value="split" label={text.codeSplit} />
        </RadioGroup>
      </Field>
      <div className={styles.buttons}>
        <Button appearance="primary" onClick={layOutTemplates} disabled={disabled}>
          {text.layOut}
        </Button>
        <Button onClick={() => actions && void perform(() => actions.layOutSample(codeLayout))} disabled={disabled}>
          {text.layOutSample}
        </Button>
      </div>
      {busy ? <Spinner size="small" label={text.working} /> : null}
      {outcome?.kind === 'done' ? (
        <MessageBar intent="success">
          <MessageBarBody>
            {text.done}
            {outcome.sheets.join('、')}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {outcome?.kind === 'failed' ? (
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>{strings.failed}</MessageBarTitle>
            {outcome.message}
          </MessageBarBody>
        </MessageBar>
      ) : null}
    </div>
  );
}
