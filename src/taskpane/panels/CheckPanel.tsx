/**
 * 校验 — checks the workbook, marks findings in place, lists them by table and severity with
 * counts; clicking a finding selects its cell; 清除标记 restores the cells' fills.
 */
import {
  Badge,
  Button,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Select,
  Spinner,
  Text,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { useState, type ReactElement } from 'react';
import type { Finding } from '../../core/rules/finding';
import type { RoundingPolicy } from '../../core/rules/rounding';
import type { CheckOutcome, CheckStage } from '../actions';
import { groupFindings, SEVERITY_ORDER } from '../findings';
import { describeError } from '../officeErrors';
import type { UiStrings } from '../strings';
import type { PanelProps } from './panel';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  buttons: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  counts: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  table: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  finding: { justifyContent: 'flex-start', textAlign: 'left', height: 'auto', fontWeight: tokens.fontWeightRegular, gap: tokens.spacingHorizontalS },
  detail: { color: tokens.colorNeutralForeground3 },
  item: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  accept: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, paddingLeft: tokens.spacingHorizontalXXL },
});

/** The order the pane offers the policies in, default first (core/rules/rounding ROUNDING_POLICIES). */
const POLICIES: readonly RoundingPolicy[] = ['tight', 'calc11', 'strict'];
const BADGE_COLOR = { error: 'danger', warning: 'warning', info: 'informative' } as const;

type Notice = { intent: 'success' | 'warning' | 'error' | 'info'; title?: string; text: string };

function findingDetail(finding: Finding, text: UiStrings['check']): string {
  const parts: string[] = [`${finding.sheet}!${finding.cell}`];
  if (finding.expected !== undefined) parts.push(`${text.expected} ${finding.expected}`);
  if (finding.actual !== undefined) parts.push(`${text.actual} ${finding.actual}`);
  if (finding.difference !== undefined) parts.push(`${text.difference} ${finding.difference}`);
  return parts.join('，');
}

export default function CheckPanel({ strings, hostReady, actions }: PanelProps): ReactElement {
  const text = strings.check;
  const styles = useStyles();
  const [policy, setPolicy] = useState<RoundingPolicy>('tight');
  const [busy, setBusy] = useState(false);
  /** The step of the check under way, for the progress bar; undefined when no check runs. */
  const [stage, setStage] = useState<CheckStage>();
  const [outcome, setOutcome] = useState<CheckOutcome>();
  const [notice, setNotice] = useState<Notice>();
  /** The finding being accepted (its list key) and the 说明 typed so far. */
  const [accepting, setAccepting] = useState<{ key: string; note: string }>();

  async function perform(job: () => Promise<void>): Promise<void> {
    setBusy(true);
    setNotice(undefined);
    try {
      await job();
    } catch (error) {
      setNotice({ intent: 'error', title: strings.failed, text: describeError(error) });
    } finally {
      setBusy(false);
      setStage(undefined);
    }
  }

  const start = () =>
    actions &&
    void perform(async () => {
      setOutcome(await actions.check(policy, setStage));
    });
  const clear = () =>
    actions &&
    void perform(async () => {
      const restored = await actions.clearMarks();
      setNotice({ intent: 'success', text: text.cleared.replace('{n}', String(restored)) });
    });
  const select = (finding: Finding) =>
    actions &&
    void perform(async () => {
      if (!(await actions.selectCell(finding.sheet, finding.cell))) setNotice({ intent: 'warning', text: text.sheetGone });
    });

  const accept = (finding: Finding, note: string) =>
    actions &&
    void perform(async () => {
      await actions.acceptFinding(finding, note);
      setAccepting(undefined);
      setOutcome(await actions.check(policy, setStage));
    });

  const disabled = busy || !hostReady || !actions;
  const result = outcome?.result;
  return (
    <div className={styles.panel}>
      <Text as="p">{strings.panelPurpose.check}</Text>
      <Field label={text.policy} hint={text.policyHelp[policy]}>
        <Select value={policy} onChange={(_, data) => setPolicy(data.value as RoundingPolicy)} disabled={disabled}>
          {POLICIES.map((id) => (
            <option key={id} value={id}>
              {text.policies[id]}
            </option>
          ))}
        </Select>
      </Field>
      <div className={styles.buttons}>
        <Button appearance="primary" onClick={start} disabled={disabled}>
          {text.start}
        </Button>
        <Button onClick={clear} disabled={disabled}>
          {text.clear}
        </Button>
      </div>
      {stage ? (
        <Field validationMessage={text.stages[stage]} validationState="none">
          <ProgressBar aria-label={text.working} />
        </Field>
      ) : null}
      {busy && !stage ? <Spinner size="small" label={text.working} /> : null}
      {notice ? (
        <MessageBar intent={notice.intent}>
          <MessageBarBody>
            {notice.title ? <MessageBarTitle>{notice.title}</MessageBarTitle> : null}
            {notice.text}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {result ? (
        <section aria-label={text.start}>
          <Text as="p">{text.tablesFound.replace('{n}', String(result.tables))}</Text>
          <div className={styles.counts} aria-label="summary">
            {SEVERITY_ORDER.map((severity) => (
              <Badge key={severity} appearance="tint" color={BADGE_COLOR[severity]}>
                {`${text.severities[severity]} ${result.summary[severity]}`}
              </Badge>
            ))}
          </div>
          {result.tables === 0 ? (
            <MessageBar intent="warning">
              <MessageBarBody>{text.noTables}</MessageBarBody>
            </MessageBar>
          ) : null}
          {result.tables > 0 && result.findings.length === 0 ? (
            <MessageBar intent="success">
              <MessageBarBody>{text.noFindings}</MessageBarBody>
            </MessageBar>
          ) : null}
          {outcome.marks.skipped.length > 0 ? (
            <MessageBar intent="warning">
              <MessageBarBody>
                <MessageBarTitle>{text.notMarked}</MessageBarTitle>
                {outcome.marks.skipped.map((skip) => `${skip.sheet}!${skip.cell}：${skip.reason}`).join('；')}
              </MessageBarBody>
            </MessageBar>
          ) : null}
          {groupFindings(result.findings, text.unnamedTable).map((group) => (
            <div key={group.table} className={styles.table}>
              <Text as="h2" weight="semibold" block>{`${group.table}（${group.findings.length}）`}</Text>
              {group.findings.map((finding, index) => {
                const key = `${finding.rule}-${finding.sheet}-${finding.cell}-${index}`;
                const acceptable = finding.severity !== 'error' && !finding.accepted;
                return (
                  <div key={key} className={styles.item} role="group" aria-label={finding.message}>
                    <Button className={styles.finding} appearance="subtle" onClick={() => select(finding)} disabled={disabled}>
                      <Badge appearance="filled" color={BADGE_COLOR[finding.severity]}>
                        {finding.accepted ? text.accepted : text.severityBadges[finding.severity]}
                      </Badge>
                      <span>
                        {finding.message}
                        <br />
                        <span className={styles.detail}>
                          {findingDetail(finding, text)}
                          {finding.accepted ? `；${text.accepted}：${finding.accepted.note}` : ''}
                        </span>
                      </span>
                    </Button>
                    {acceptable && accepting?.key !== key ? (
                      <div className={styles.accept}>
                        <Button size="small" appearance="transparent" onClick={() => setAccepting({ key, note: '' })} disabled={disabled}>
                          {text.accept}
                        </Button>
                      </div>
                    ) : null}
                    {acceptable && accepting?.key === key ? (
                      <div className={styles.accept}>
                        <Field label={text.acceptNote} hint={text.acceptHelp}>
                          <Textarea value={accepting.note} onChange={(_, data) => setAccepting({ key, note: data.value })} disabled={disabled} />
                        </Field>
                        <div className={styles.buttons}>
                          <Button size="small" appearance="primary" onClick={() => accept(finding, accepting.note)} disabled={disabled || accepting.note.trim() === ''}>
                            {text.acceptSave}
                          </Button>
                          <Button size="small" onClick={() => setAccepting(undefined)} disabled={disabled}>
                            {text.acceptCancel}
                          </Button>
                        </div>
                      </div>
                    ) : null}
                  </div>
                );
              })}
            </div>
          ))}
        </section>
      ) : null}
    </div>
  );
}
