/**
 * 第 4 步 情况说明 — generates the 第三部分 情况说明 from the tables and the 参数 sheet (off the UI
 * thread) and shows it section by section: 【待填写】 highlighted, each figure a link to its source
 * cell; lists what it still lacks (the 参数 by section, each selecting its field); writes it with its
 * charts into its sheet, replacing the one written before after a confirmation; checks the 情况说明
 * the workbook holds, naming the sheet it checked.
 */
import { Button, Link, makeStyles, Spinner, Text, tokens } from '@fluentui/react-components';
import { useState, type ReactElement } from 'react';
import type { CellRef } from '../../core/grid';
import type { NarrativeView } from '../coreJobs';
import { FindingRow, MissingFigures, MissingParams, NextStep, place, Result, useConfirmReplace, useJob, useUiStyles } from '../ui';
import type { PanelProps } from './panel';

const useStyles = makeStyles({
  placeholder: { backgroundColor: tokens.colorPaletteYellowBackground2, padding: `0 ${tokens.spacingHorizontalXXS}` },
  paragraph: { margin: 0, lineHeight: tokens.lineHeightBase400 },
  article: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

export default function NarrativePanel({ hostReady, actions, flow }: PanelProps): ReactElement {
  const styles = { ...useUiStyles(), ...useStyles() };
  const job = useJob(flow);
  const replace = useConfirmReplace();
  const [generated, setGenerated] = useState<NarrativeView>();
  const [checkedSheet, setCheckedSheet] = useState<string | null>();
  const { status } = flow;
  const disabled = job.busy || !hostReady || !actions;

  const generate = () =>
    actions &&
    void job.run(async () => {
      const { narrative, status: next } = await actions.generateNarrative(flow.policy, flow.previous);
      setGenerated(narrative);
      setCheckedSheet(undefined);
      flow.update(next, { narrative: true });
      return next.unfinished.length > 0
        ? { intent: 'warning', title: '已生成情况说明', text: `尚有 ${next.unfinished.length} 处【待填写】：请按下面的清单在“参数”表中补充后重新生成。` }
        : { intent: 'success', title: '已生成情况说明', text: '所需的数据齐全。可以写入工作表，或进入下一步生成公开文档。' };
    }, '正在生成情况说明…');

  const write = () =>
    actions &&
    generated &&
    void job.run(async () => {
      if (!(await replace.confirm(await actions.generatedSheets('情况说明'), '情况说明'))) return { intent: 'info', text: '已取消，工作簿未作改动。' };
      const sheet = await actions.writeNarrative(generated);
      return { intent: 'success', text: `已写入工作表“${sheet}”。` };
    }, '正在写入工作表…');

  const checkExisting = () =>
    actions &&
    void job.run(async () => {
      const next = await actions.status(flow.policy, flow.previous);
      flow.update(next);
      setCheckedSheet(next.narrativeSheet ?? null);
      if (next.narrativeSheet === undefined) return { intent: 'info', text: '工作簿中没有找到情况说明（名为或标题含“情况说明”“编制说明”“第三部分”的工作表）。' };
      const problems = next.findings.filter((finding) => finding.sheet === next.narrativeSheet && !finding.accepted && finding.severity !== 'info').length;
      const coverage = next.narrativeCoverage ? `${next.narrativeCoverage}。` : '';
      return problems === 0
        ? { intent: 'success', text: `已检查工作表“${next.narrativeSheet}”中的情况说明：未发现错误或警告。${coverage}` }
        : { intent: 'warning', text: `已检查工作表“${next.narrativeSheet}”中的情况说明：发现 ${problems} 处错误或警告，见下面的清单。${coverage}` };
    }, '正在检查已有说明…');

  const select = (ref: CellRef) =>
    actions &&
    void job.run(async () =>
      (await actions.selectCell(ref.sheet, ref.cell))
        ? { intent: 'info', text: `已定位到来源：${place(ref)}。` }
        : { intent: 'warning', text: '该工作表已不存在（可能已改名或删除）：请重新生成。' },
    );

  const existingFindings = checkedSheet && status ? status.findings.filter((finding) => finding.sheet === checkedSheet) : [];
  return (
    <div className={styles.panel}>
      <Text as="h2" size={400} weight="semibold" className={styles.heading}>
        第 4 步 情况说明
      </Text>
      <Text as="p" className={styles.heading}>
        根据表格和“参数”表生成第三部分情况说明；可写入单独的工作表（含图表），也可检查工作簿中已有的说明。
      </Text>
      <div className={styles.buttons}>
        <Button appearance="primary" onClick={generate} disabled={disabled}>
          生成情况说明
        </Button>
        <Button onClick={write} disabled={disabled || !generated}>
          写入工作表
        </Button>
        <Button onClick={checkExisting} disabled={disabled}>
          检查已有说明
        </Button>
      </div>
      {job.busy ? <Spinner size="small" label="正在处理…" /> : null}
      <Result resultRef={job.resultRef} notice={job.notice} label="情况说明的结果">
        {existingFindings.length > 0 ? (
          <ul className={styles.list} aria-label="已有说明中的问题">
            {existingFindings.map((finding, index) => (
              <FindingRow key={`${finding.rule}-${finding.cell}-${index}`} finding={finding} onSelect={select} disabled={disabled} />
            ))}
          </ul>
        ) : null}
        {generated && status ? (
          <>
            {status.unfinished.length > 0 ? (
              <section aria-label="待填写" className={styles.section}>
                <Text as="h3" weight="semibold" className={styles.heading}>{`待填写（${status.unfinished.length} 处）`}</Text>
                <MissingParams status={status} actions={actions} disabled={disabled} run={job.run} />
                <MissingFigures status={status} disabled={disabled} />
              </section>
            ) : (
              <NextStep from="narrative" flow={flow} />
            )}
          </>
        ) : null}
      </Result>
      {generated ? (
        <article aria-label={generated.title} className={styles.article}>
          <Text as="p" size={200} className={styles.muted}>
            黄色底纹为待填写内容；点击数字可定位到其来源单元格。
          </Text>
          <Text as="h3" size={400} weight="semibold" className={styles.heading}>
            {generated.title}
          </Text>
          {generated.sections.map((section) => (
            <section key={section.heading} aria-label={section.heading} className={styles.section}>
              <Text as="h4" weight="semibold" className={styles.heading}>
                {section.heading}
              </Text>
              {section.paragraphs.map((paragraph, index) => (
                <div key={index}>
                  {paragraph.heading ? (
                    <Text weight="semibold" block>
                      {paragraph.heading}
                    </Text>
                  ) : null}
                  <p className={styles.paragraph}>
                    {paragraph.segments.map((segment, at) => {
                      if (segment.kind === 'placeholder') return <mark key={at} className={styles.placeholder}>{segment.text}</mark>;
                      if (segment.kind === 'number' && segment.source) {
                        const source = segment.source;
                        return (
                          <Link key={at} as="button" title="定位到来源单元格" onClick={() => select(source)} disabled={disabled}>
                            {segment.text}
                          </Link>
                        );
                      }
                      return <span key={at}>{segment.text}</span>;
                    })}
                  </p>
                </div>
              ))}
            </section>
          ))}
        </article>
      ) : null}
      {replace.dialog}
    </div>
  );
}
