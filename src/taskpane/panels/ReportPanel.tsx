/**
 * 报告 — one click produces the whole disclosure: the 公开文本 sheet in the workbook and the .docx,
 * offered as a download (where the host allows downloads; otherwise the CLI makes the same file).
 */
import { Button, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Spinner, Text, tokens } from '@fluentui/react-components';
import { useState, type ReactElement } from 'react';
import type { ReportOutcome } from '../actions';
import { describeError } from '../officeErrors';
import type { PanelProps } from './panel';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Offers the bytes as a file download through a temporary object URL. */
function download(bytes: Uint8Array, fileName: string): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: DOCX_TYPE }));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export default function ReportPanel({ strings, hostReady, actions }: PanelProps): ReactElement {
  const text = strings.report;
  const styles = useStyles();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<ReportOutcome>();
  const [failure, setFailure] = useState<string>();

  async function produce(): Promise<void> {
    if (!actions) return;
    setBusy(true);
    setFailure(undefined);
    try {
      setOutcome(await actions.produceReport());
    } catch (error) {
      setFailure(describeError(error));
    } finally {
      setBusy(false);
    }
  }

  const disabled = busy || !hostReady || !actions;
  const errors = outcome?.findings.filter((finding) => finding.severity === 'error' && !finding.accepted).length ?? 0;
  const warnings = outcome?.findings.filter((finding) => finding.severity === 'warning' && !finding.accepted).length ?? 0;
  return (
    <div className={styles.panel}>
      <Text as="p">{strings.panelPurpose.report}</Text>
      <Button appearance="primary" onClick={() => void produce()} disabled={disabled}>
        {text.produce}
      </Button>
      {busy ? <Spinner size="small" label={text.working} /> : null}
      {failure ? (
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>{strings.failed}</MessageBarTitle>
            {failure}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {outcome ? (
        <>
          <MessageBar intent="success">
            <MessageBarBody>{`${text.written}${outcome.sheet}`}</MessageBarBody>
          </MessageBar>
          {errors + warnings > 0 ? (
            <MessageBar intent="warning">
              <MessageBarBody>{text.findings.replace('{error}', String(errors)).replace('{warning}', String(warnings))}</MessageBarBody>
            </MessageBar>
          ) : null}
          <Button onClick={() => download(outcome.docx, outcome.fileName)}>{text.download}</Button>
          <Text as="p" size={200} block>
            {text.downloadHint}
          </Text>
        </>
      ) : null}
    </div>
  );
}
