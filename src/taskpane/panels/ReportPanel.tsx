/**
 * 第 5 步 报告 — says plainly what is unfinished before it writes (【待填写】, errors, blank tables),
 * then produces the whole disclosure off the UI thread: the 公开文本 sheet (replacing the one
 * written before after a confirmation) and the Word file to download. A document with anything
 * unfinished is marked 草稿 on its cover.
 */
import { Button, MessageBar, MessageBarBody, MessageBarTitle, Spinner, Text } from '@fluentui/react-components';
import { useState, type ReactElement } from 'react';
import type { ReportOutcome } from '../actions';
import { unfilledTables, type StepId } from '../steps';
import { Result, useConfirmReplace, useJob, useUiStyles } from '../ui';
import type { PanelProps } from './panel';

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

export default function ReportPanel({ hostReady, actions, flow }: PanelProps): ReactElement {
  const styles = useUiStyles();
  const job = useJob(flow);
  const replace = useConfirmReplace();
  const [outcome, setOutcome] = useState<ReportOutcome>();
  const { status } = flow;
  const disabled = job.busy || !hostReady || !actions;

  const produce = () =>
    actions &&
    void job.run(async () => {
      if (!(await replace.confirm(await actions.generatedSheets('公开文本'), '公开文本'))) return { intent: 'info', text: '已取消，工作簿未作改动。' };
      const produced = await actions.produceReport(flow.policy, flow.previous);
      setOutcome(produced);
      flow.update(produced.status, { report: true });
      if (produced.draft) {
        const what = [produced.draft.unfinished > 0 ? `${produced.draft.unfinished} 处待填写` : '', produced.draft.errors > 0 ? `${produced.draft.errors} 项错误` : ''].filter((part) => part).join('、');
        return { intent: 'warning', title: '已生成草稿', text: `已写入工作表“${produced.sheet}”。尚有${what}，文档封面标为“草稿”，处理后请重新生成。` };
      }
      return { intent: 'success', title: '已生成公开文档', text: `已写入工作表“${produced.sheet}”。` };
    }, '正在生成公开文档…');

  /** An unfinished matter: a button that opens the step where it is done. */
  const goTo = (step: StepId, what: string, where: string) => (
    <Button className={styles.row} appearance="subtle" onClick={() => flow.goTo(step)}>
      <span className={styles.rowText}>
        <span>{what}</span>
        <span className={styles.detail}>{where}</span>
      </span>
    </Button>
  );
  const unfinished = status?.unfinished.length ?? 0;
  const errors = status?.summary.error ?? 0;
  const blank = status ? unfilledTables(status) : 0;
  return (
    <div className={styles.panel}>
      <Text as="h2" size={400} weight="semibold" className={styles.heading}>
        第 5 步 报告
      </Text>
      <Text as="p" className={styles.heading}>
        一键生成完整的部门预算公开文档：写入“公开文本”工作表，并可下载 Word 文档。
      </Text>
      {status ? (
        unfinished + errors + blank > 0 ? (
          <MessageBar intent="warning">
            <MessageBarBody>
              <MessageBarTitle>尚未完成</MessageBarTitle>
              <ul className={styles.list} aria-label="尚未完成的事项">
                {unfinished > 0 ? <li>{goTo('fill', `情况说明中有 ${unfinished} 处【待填写】`, '去第 2 步填写')}</li> : null}
                {errors > 0 ? <li>{goTo('check', `校验发现 ${errors} 项错误`, '去第 3 步校验')}</li> : null}
                {blank > 0 ? <li>{goTo('fill', `${blank} 张表格未填写`, '去第 2 步填写')}</li> : null}
              </ul>
              现在生成的文档封面将标为“草稿”，不能公开。
            </MessageBarBody>
          </MessageBar>
        ) : (
          <MessageBar intent="success">
            <MessageBarBody>各步骤已完成，可以生成公开文档。</MessageBarBody>
          </MessageBar>
        )
      ) : null}
      <div className={styles.buttons}>
        <Button appearance="primary" onClick={produce} disabled={disabled}>
          {unfinished + errors > 0 ? '生成草稿' : '生成公开文档'}
        </Button>
      </div>
      {job.busy ? <Spinner size="small" label="正在生成公开文档…" /> : null}
      <Result resultRef={job.resultRef} notice={job.notice} label="报告的结果">
        {outcome ? (
          <>
            <div className={styles.buttons}>
              <Button onClick={() => download(outcome.docx, outcome.fileName)}>下载 Word 文档</Button>
            </div>
            <Text as="p" className={styles.muted}>{`文件名：${outcome.fileName}`}</Text>
            <Text as="p" className={styles.muted}>
              如果 Excel 不允许下载（部分网页版或受管理的电脑），可以直接打印“公开文本”工作表，或用“另存为”把它保存成其他格式。
            </Text>
          </>
        ) : null}
      </Result>
      {replace.dialog}
    </div>
  );
}
