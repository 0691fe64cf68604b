/**
 * 说明 — generates the 情况说明 and shows it section by section: placeholders highlighted, each number
 * a link to its source cell, the missing inputs listed; writes it (with its charts) into its own
 * sheet; checks a narrative the workbook already holds.
 */
import {
  Button,
  Link,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useState, type ReactElement } from 'react';
import type { CellRef } from '../../core/grid';
import type { WorkbookNarrative } from '../../core/narrative';
import type { Finding } from '../../core/rules/finding';
import { segmentSentence } from '../narrativeText';
import { describeError } from '../officeErrors';
import type { PanelProps } from './panel';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  buttons: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  placeholder: { backgroundColor: tokens.colorPaletteYellowBackground2, padding: `0 ${tokens.spacingHorizontalXXS}` },
  paragraph: { margin: 0, lineHeight: tokens.lineHeightBase400 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

type Notice = { intent: 'success' | 'warning' | 'error' | 'info'; title?: string; text: string; findings?: readonly Finding[] };

export default function NarrativePanel({ strings, hostReady, actions }: PanelProps): ReactElement {
  const text = strings.narrative;
  const styles = useStyles();
  const [busy, setBusy] = useState(false);
  const [generated, setGenerated] = useState<WorkbookNarrative>();
  const [notice, setNotice] = useState<Notice>();

  async function perform(job: () => Promise<void>): Promise<void> {
    setBusy(true);
    setNotice(undefined);
    try {
      await job();
    } catch (error) {
      setNotice({ intent: 'error', title: strings.failed, text: describeError(error) });
    } finally {
      setBusy(false);
    }
  }

  const select = (ref: CellRef) =>
    actions &&
    void perform(async () => {
      if (!(await actions.selectCell(ref.sheet, ref.cell))) setNotice({ intent: 'warning', text: strings.check.sheetGone });
    });

  const generate = () => actions && void perform(async () => setGenerated(await actions.generateNarrative()));
  const write = () =>
    actions &&
    generated &&
    void perform(async () => {
      const sheet = await actions.writeNarrative(generated.narrative);
      setNotice({ intent: 'success', text: `${text.written}${sheet}` });
    });
  const checkExisting = () =>
    actions &&
    void perform(async () => {
      const { found, findings } = await actions.checkExistingNarrative();
      if (!found) setNotice({ intent: 'info', text: text.noNarrative });
      else if (findings.length === 0) setNotice({ intent: 'success', text: text.narrativeOk });
      else setNotice({ intent: 'warning', title: text.narrativeFindings, text: '', findings });
    });

  const disabled = busy || !hostReady || !actions;
  const findingList = (findings: readonly Finding[]) => (
    <ul className={styles.list}>
      {findings.map((finding, index) => (
        <li key={`${finding.rule}-${finding.sheet}-${finding.cell}-${index}`}>
          <Link as="button" onClick={() => select(finding)} disabled={disabled}>
            {finding.message}
          </Link>
        </li>
      ))}
    </ul>
  );

  return (
    <div className={styles.panel}>
      <Text as="p">{strings.panelPurpose.narrative}</Text>
      <div className={styles.buttons}>
        <Button appearance="primary" onClick={generate} disabled={disabled}>
          {text.generate}
        </Button>
        <Button onClick={write} disabled={disabled || !generated}>
          {text.write}
        </Button>
        <Button onClick={checkExisting} disabled={disabled}>
          {text.checkExisting}
        </Button>
      </div>
      {busy ? <Spinner size="small" label={text.working} /> : null}
      {notice ? (
        <MessageBar intent={notice.intent}>
          <MessageBarBody>
            {notice.title ? <MessageBarTitle>{notice.title}</MessageBarTitle> : null}
            {notice.text}
            {notice.findings ? findingList(notice.findings) : null}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {generated ? (
        <article aria-label={generated.narrative.title}>
          <MessageBar intent={generated.findings.length > 0 ? 'warning' : 'success'}>
            <MessageBarBody>
              {generated.findings.length > 0 ? text.missingInputs : text.noMissingInputs}
              {generated.findings.length > 0 ? findingList(generated.findings) : null}
            </MessageBarBody>
          </MessageBar>
          <Text as="p" size={200} block>
            {text.placeholderHint}
          </Text>
          <Text as="h2" size={400} weight="semibold" block>
            {generated.narrative.title}
          </Text>
          {generated.narrative.sections.map((section) => (
            <section key={section.number} aria-label={`${section.number}、${section.title}`}>
              <Text as="h3" weight="semibold" block>{`${section.number}、${section.title}`}</Text>
              {section.paragraphs.map((paragraph, index) => (
                <div key={index}>
                  {paragraph.heading ? <Text weight="semibold" block>{paragraph.heading}</Text> : null}
                  <p className={styles.paragraph}>
                    {paragraph.sentences.flatMap((sentence) =>
                      segmentSentence(sentence).map((segment, at) => {
                        const key = `${sentence.id}-${at}`;
                        if (segment.kind === 'placeholder') return <mark key={key} className={styles.placeholder}>{segment.text}</mark>;
                        if (segment.kind === 'number' && segment.source) {
                          const source = segment.source;
                          return (
                            <Link key={key} as="button" title={text.numberHint} onClick={() => select(source)} disabled={disabled}>
                              {segment.text}
                            </Link>
                          );
                        }
                        return <span key={key}>{segment.text}</span>;
                      }),
                    )}
                  </p>
                </div>
              ))}
            </section>
          ))}
        </article>
      ) : null}
    </div>
  );
}
