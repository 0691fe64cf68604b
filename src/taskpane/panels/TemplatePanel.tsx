/**
 * 模板 — lays out the blank tables of a family (with the 参数 sheet), the embedded sample, or next
 * year's templates rolled forward from this workbook (issue 8, item 4) into new sheets. Never writes
 * over a user's sheet: the Excel job picks a free name for each new sheet.
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
import type { FamilyId } from '../../core/model';
import { FAMILIES, type CodeLayout } from '../../core/templates';
import type { RollForwardOutcome } from '../actions';
import { describeError } from '../officeErrors';
import type { PanelProps } from './panel';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  buttons: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

/** The families the pane offers, in the order of core/templates FAMILIES (budget13 first, the seed's). */
const FAMILY_CHOICES = Object.keys(FAMILIES) as FamilyId[];

type Outcome = { kind: 'done'; sheets: string[] } | RollForwardOutcome | { kind: 'failed'; message: string };

/** A four-digit year, or undefined for anything else. */
function parseYear(text: string): number | undefined {
  return /^\d{4}$/.test(text.trim()) ? Number(text.trim()) : undefined;
}

export default function TemplatePanel({ strings, hostReady, actions }: PanelProps): ReactElement {
  const text = strings.template;
  const styles = useStyles();
  const [family, setFamily] = useState<FamilyId>('budget13');
  const [department, setDepartment] = useState('');
  const [yearText, setYearText] = useState(String(new Date().getFullYear()));
  const [unit, setUnit] = useState<Unit>('万元');
  const [codeLayout, setCodeLayout] = useState<CodeLayout>('single');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>();
  const [validate, setValidate] = useState(false);

  const year = parseYear(yearText);
  const departmentMissing = department.trim() === '';

  async function perform(job: () => Promise<Outcome>): Promise<void> {
    setBusy(true);
    setOutcome(undefined);
    try {
      setOutcome(await job());
    } catch (error) {
      setOutcome({ kind: 'failed', message: describeError(error) });
    } finally {
      setBusy(false);
    }
  }

  function layOutTemplates(): void {
    setValidate(true);
    if (!actions || departmentMissing || year === undefined) return;
    void perform(async () => ({ kind: 'done', sheets: await actions.layOutTemplates({ family, department: department.trim(), year, unit, codeLayout }) }));
  }

  /** A family brings the unit and code layout it is usually printed in (9-table budget: 元, 类/款/项). */
  function chooseFamily(id: FamilyId): void {
    setFamily(id);
    setUnit(FAMILIES[id].unit ?? '万元');
    setCodeLayout(FAMILIES[id].codeLayout ?? 'single');
  }

  const disabled = busy || !hostReady || !actions;
  return (
    <div className={styles.panel}>
      <Text as="p">{strings.panelPurpose.template}</Text>
      <Field label={text.family}>
        <Select value={family} onChange={(_, data) => chooseFamily(data.value as FamilyId)} disabled={disabled}>
          {FAMILY_CHOICES.map((id) => (
            <option key={id} value={id}>
              {text.families[id]}
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
        <Button onClick={() => actions && void perform(async () => ({ kind: 'done', sheets: await actions.layOutSample(codeLayout) }))} disabled={disabled}>
          {text.layOutSample}
        </Button>
      </div>
      <Field hint={text.rollForwardHelp}>
        <Button onClick={() => actions && void perform(() => actions.rollForward())} disabled={disabled}>
          {text.rollForward}
        </Button>
      </Field>
      {busy ? <Spinner size="small" label={text.working} /> : null}
      {outcome?.kind === 'done' ? (
        <MessageBar intent="success">
          <MessageBarBody>
            {text.done}
            {outcome.sheets.join('、')}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {outcome?.kind === 'rolled' ? (
        <MessageBar intent="success">
          <MessageBarBody>
            {text.rolledForward.replace('{year}', String(outcome.year))}
            {outcome.sheets.join('、')}
            {outcome.missing.length > 0 ? <Text as="p">{`${text.rolledMissing}${outcome.missing.join('、')}`}</Text> : null}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {outcome?.kind === 'unusable' ? (
        <MessageBar intent="warning">
          <MessageBarBody>
            <MessageBarTitle>{text.rollForwardFailed}</MessageBarTitle>
            {outcome.reason}
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
