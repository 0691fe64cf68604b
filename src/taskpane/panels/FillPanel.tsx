/**
 * 第 2 步 填写 — what is still to be filled in: the tables with no figures yet (each selects its
 * table), and the 参数 the 情况说明 needs, by the 参数 sheet's sections (each selects its field).
 * The user fills them in Excel, then asks again.
 */
import { Button, Spinner, Text } from '@fluentui/react-components';
import type { ReactElement } from 'react';
import { missingParams, unfilledTables } from '../steps';
import { MissingFigures, MissingParams, NextStep, Result, useJob, useUiStyles } from '../ui';
import type { PanelProps } from './panel';

export default function FillPanel({ hostReady, actions, flow }: PanelProps): ReactElement {
  const styles = useUiStyles();
  const job = useJob(flow);
  const { status } = flow;
  const disabled = job.busy || !hostReady || !actions;

  const refresh = () =>
    actions &&
    void job.run(async () => {
      const next = await actions.status(flow.policy, flow.previous);
      flow.update(next);
      const blank = unfilledTables(next);
      const params = missingParams(next);
      if (next.tables.length === 0) return { intent: 'warning', text: '工作簿中还没有公开表格：请先在第 1 步生成模板。' };
      if (blank + params === 0) return { intent: 'success', text: `${next.tables.length} 张表格都已填写，情况说明所需的参数齐全。` };
      const parts = [blank > 0 ? `${blank} 张表格未填写` : '', params > 0 ? `${params} 项参数未填写` : ''].filter((part) => part);
      return { intent: 'warning', text: `尚有 ${parts.join('、')}：点击下面各项可定位到填写位置。` };
    }, '正在检查填写情况…');

  const select = (sheet: string, cell: string, title: string) =>
    actions &&
    void job.run(async () =>
      (await actions.selectCell(sheet, cell))
        ? { intent: 'info', text: `已定位到“${title}”，请在表中填写数字。` }
        : { intent: 'warning', text: '该工作表已不存在（可能已改名或删除）：请点“检查填写情况”重新读取。' },
    );

  const addParams = () =>
    actions &&
    void job.run(async () => {
      const sheet = await actions.addParamsSheet();
      flow.update(await actions.status(flow.policy, flow.previous));
      return { intent: 'success', text: `已添加工作表“${sheet}”：请在其中填写表格以外的信息。` };
    });

  const blank = status?.tables.filter((table) => !table.filled) ?? [];
  return (
    <div className={styles.panel}>
      <Text as="h2" size={400} weight="semibold" className={styles.heading}>
        第 2 步 填写
      </Text>
      <Text as="p" className={styles.heading}>
        在各表中填写数字，并在“参数”表中填写表格以外的信息（上年数、变动原因等）。填好后点“检查填写情况”。
      </Text>
      <div className={styles.buttons}>
        <Button appearance="primary" onClick={refresh} disabled={disabled}>
          检查填写情况
        </Button>
      </div>
      {job.busy ? <Spinner size="small" label="正在读取工作簿…" /> : null}
      <Result resultRef={job.resultRef} notice={job.notice} label="填写情况">
        {status && status.tables.length > 0 ? (
          <>
            <section aria-label="表格" className={styles.section}>
              <Text as="h3" weight="semibold" className={styles.heading}>{`表格：已填写 ${status.tables.length - blank.length} / ${status.tables.length} 张`}</Text>
              {blank.length > 0 ? (
                <ul className={styles.list}>
                  {blank.map((table) => (
                    <li key={`${table.sheet}-${table.cell}`}>
                      <Button className={styles.row} appearance="subtle" onClick={() => select(table.sheet, table.cell, table.sheet)} disabled={disabled}>
                        <span className={styles.rowText}>
                          <span>{table.sheet}</span>
                          <span className={styles.detail}>{`未填写：${table.title}`}</span>
                        </span>
                      </Button>
                    </li>
                  ))}
                </ul>
              ) : null}
              <MissingFigures status={status} disabled={disabled} />
            </section>
            <section aria-label="参数" className={styles.section}>
              <Text as="h3" weight="semibold" className={styles.heading}>
                {missingParams(status) > 0 ? `参数：尚缺 ${missingParams(status)} 项` : '参数：情况说明所需的已齐全'}
              </Text>
              {status.paramsSheet === undefined ? (
                <div className={styles.buttons}>
                  <Text className={styles.muted}>工作簿中没有“参数”表。</Text>
                  <Button onClick={addParams} disabled={disabled}>
                    添加参数表
                  </Button>
                </div>
              ) : null}
              <MissingParams status={status} actions={actions} disabled={disabled} run={job.run} />
            </section>
            {blank.length === 0 && missingParams(status) === 0 ? <NextStep from="fill" flow={flow} /> : null}
          </>
        ) : null}
      </Result>
    </div>
  );
}
