/**
 * 第 3 步 校验 — checks the workbook (the core's one review: tables, 参数, 情况说明) and marks the
 * open findings in place; lists them under the cell most likely wrong (its suspect: “很可能是 …
 * 填错：现为 …，应为 …”) where the review localised them, the rest by table, with filters
 * 错误 / 提示 / 信息 / 已说明; a finding with a cell selects it, one without says what to do;
 * tables still blank are 未填写, never "passed". 提示 and 信息 can be explained (接受) with a
 * 说明, all 尾差 at once with one 说明; a 说明 can be edited or withdrawn. 舍位平衡… (where 尾差
 * stand and no error) lists the fewest one-unit adjustments that make every total tie exactly
 * (cell, from, to, why) and writes them only when confirmed, each recorded with before and after;
 * 取消 leaves the workbook as it is. 清除标记 restores the cells' fills.
 *
 * 选择上年工作簿… takes last year's disclosure workbook (an .xlsx the user picks; read in the pane's
 * worker, never sent anywhere): 校验 then compares every 上年 figure this year states with it
 * (previous.* findings, listed like the others) and lists the 上年 figures it gives, each with its
 * cells there, those 参数 leaves empty marked as filled in — for the review only: nothing is
 * written into the workbook, and each selects its 参数 field so the user can type it in.
 * 清除上年工作簿 forgets the file (and checks again without it).
 */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Select,
  Spinner,
  Text,
  Textarea,
  ToggleButton,
} from '@fluentui/react-components';
import { useRef, useState, type ChangeEvent, type ReactElement } from 'react';
import type { BalanceAdjustment } from '../../core/balance';
import { isRounding, type Finding } from '../../core/rules/finding';
import type { RoundingPolicy } from '../../core/rules/rounding';
import type { Suspect } from '../../core/review';
import type { CheckStage } from '../actions';
import type { PreviousFile, PreviousView } from '../coreJobs';
import { bySuspect, cellPlace, countByFilter, FILTERS, filterOf, groupFindings, openRounding, plainCellRefs, suspectHeading, type FindingFilter } from '../findings';
import { openFindings, unfilledTables } from '../steps';
import { FILTER_LABEL, FindingRow, NextStep, place, Result, useJob, useUiStyles, type Notice } from '../ui';
import type { PanelProps } from './panel';

/** The order the pane offers the policies in, default first (core/rules/rounding ROUNDING_POLICIES). */
const POLICIES: readonly { id: RoundingPolicy; name: string; help: string }[] = [
  { id: 'tight', name: '标准（推荐）', help: '合计与各分项之和因四舍五入相差一两分时，视为尾差（列为信息），不算错误。' },
  { id: 'calc11', name: '宽松', help: '允许的尾差更大一些：分项越多，允许相差越多。' },
  { id: 'strict', name: '严格', help: '合计必须与各分项之和完全相等，任何差额都算错误；适用于合计由公式算出的表格。' },
];

const STAGES: Record<CheckStage, string> = {
  reading: '正在读取工作簿…',
  checking: '正在校验表格（在后台进行，可以切换到其他步骤）…',
  marking: '正在标记单元格…',
};

const keyOf = (finding: Finding) => `${finding.rule}|${finding.sheet}|${finding.cell}`;

/** Editing a 说明: of one finding (by key), or of every open 尾差 at once. */
type Editing = { key: string; note: string } | { key: 'rounding'; note: string };

export default function CheckPanel({ hostReady, actions, flow }: PanelProps): ReactElement {
  const styles = useUiStyles();
  const job = useJob(flow);
  const [stage, setStage] = useState<CheckStage>();
  const [filters, setFilters] = useState<readonly FindingFilter[]>(['error', 'warning', 'info']);
  const [editing, setEditing] = useState<Editing>();
  const [balance, setBalance] = useState<BalanceAdjustment[]>();
  const [skipped, setSkipped] = useState<readonly { sheet: string; cell: string; reason: string }[]>([]);
  const fileInput = useRef<HTMLInputElement>(null);
  const { status } = flow;
  const checked = flow.session.checked && status !== undefined;
  const disabled = job.busy || !hostReady || !actions;

  const summaryText = () => {
    if (!status) return '';
    const blank = unfilledTables(status);
    const counts = countByFilter(status.findings);
    const parts = [`错误 ${counts.error} 项、提示 ${counts.warning} 项、信息 ${counts.info} 项`, counts.accepted > 0 ? `已说明 ${counts.accepted} 项` : ''].filter((part) => part);
    return `${parts.join('；')}${blank > 0 ? `；${blank} 张表格未填写，未作校验` : ''}。`;
  };

  /** The outcome of a check, in a sentence; never "passed" while a table is blank. */
  const outcomeOf = (next: NonNullable<typeof status>): Notice => {
    if (next.tables.length === 0) return { intent: 'warning', text: '未找到预算公开表格：请先在第 1 步生成模板，或确认工作簿中有“表1 收支总表”这样的表格。' };
    if (next.tables.every((table) => !table.filled)) return { intent: 'warning', text: `${next.tables.length} 张表格都还未填写，无法校验：请先在第 2 步填写。` };
    const open = openFindings(next);
    const blank = unfilledTables(next);
    if (open === 0 && blank === 0) return { intent: 'success', text: '已填写的表格全部核对无误，也没有待说明的提示。' };
    return { intent: next.summary.error > 0 ? 'error' : 'warning', title: '校验完成', text: `发现${summaryText().replace(/。$/, '')}。点击问题可定位到单元格。` };
  };

  /** What became of last year's workbook, in a sentence after the outcome. */
  const previousOutcome = (previous: PreviousView | undefined): string => {
    if (!previous) return '';
    if (previous.reason !== undefined) return `上年工作簿“${previous.name}”无法使用，原因见下文。`;
    return `已与上年工作簿“${previous.name}”核对上年数，见下文。`;
  };

  /** Checks (with last year's workbook `previous`, when chosen) and says the outcome. */
  const runCheck = async (previous: PreviousFile | undefined): Promise<Notice> => {
    const { status: next, marks } = await actions!.check(
      flow.policy,
      (step) => {
        setStage(step);
        flow.announce(STAGES[step]);
      },
      previous,
    );
    setStage(undefined);
    setBalance(undefined);
    setSkipped(marks.skipped);
    flow.update(next, { checked: true });
    const notice = outcomeOf(next);
    const skippedNote = marks.skipped.length > 0 ? `另有 ${marks.skipped.length} 个单元格未能标出颜色，见下面的清单。` : '';
    return { ...notice, text: `${notice.text}${skippedNote}${previousOutcome(next.previous)}` };
  };

  const start = () => actions && void job.run(() => runCheck(flow.previous), '开始校验');

  /** A file chosen in 选择上年工作簿: kept for the next 校验 (choosing the same file again counts too). */
  const choosePrevious = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    void job.run(async () => {
      flow.setPrevious({ name: file.name, file });
      return { intent: 'info', text: `已选择上年工作簿“${file.name}”：点“开始校验”时与之核对（文件只在本机读取）。` };
    });
  };

  /** 清除上年工作簿: forgotten; a check already shown is made again without it. */
  const clearPrevious = () =>
    void job.run(async () => {
      flow.setPrevious(undefined);
      if (!actions || !checked || !status?.previous) return { intent: 'info', text: '已清除上年工作簿，校验时不再与之核对。' };
      const notice = await runCheck(undefined);
      return { ...notice, text: `已清除上年工作簿并重新校验。${notice.text}` };
    });

  /** A 上年 figure selects its field in this year's 参数 sheet, where the user may type it in. */
  const selectPreviousField = (figure: PreviousView['figures'][number]) =>
    actions &&
    void job.run(async () =>
      (await actions.selectParamField(figure.field))
        ? { intent: 'info', text: `已定位到“参数”表中的“${figure.label}”${figure.filled ? `：上年工作簿中为 ${figure.value} 万元；如需保存，请在该行的“数值”列填写。` : '。'}` }
        : { intent: 'warning', text: '工作簿中没有“参数”表：请在第 2 步点“添加参数表”，或在第 1 步生成模板。' },
    );

  const clear = () =>
    actions &&
    void job.run(async () => {
      const restored = await actions.clearMarks();
      return { intent: 'success', text: `已清除 ${restored} 个单元格的标记，并恢复原有填充。` };
    });

  const select = (finding: Finding) =>
    actions &&
    void job.run(async () =>
      (await actions.selectCell(finding.sheet, finding.cell))
        ? { intent: 'info', text: `已定位到 ${place(finding)}：${finding.message}` }
        : { intent: 'warning', text: '该工作表已不存在（可能已改名或删除）：请重新校验。' },
    );

  const selectAdjusted = (adjustment: BalanceAdjustment) =>
    actions &&
    void job.run(async () =>
      (await actions.selectCell(adjustment.sheet, adjustment.cell))
        ? { intent: 'info', text: `已定位到 ${cellPlace(adjustment)}：建议由 ${adjustment.from} 调整为 ${adjustment.to}。` }
        : { intent: 'warning', text: '该工作表已不存在（可能已改名或删除）：请重新校验。' },
    );

  const selectSuspect = (suspect: Suspect) =>
    actions &&
    void job.run(async () =>
      (await actions.selectCell(suspect.sheet, suspect.cell))
        ? { intent: 'info', text: `已定位到 ${cellPlace(suspect)}：很可能填错，应为 ${suspect.suggested}。` }
        : { intent: 'warning', text: '该工作表已不存在（可能已改名或删除）：请重新校验。' },
    );

  /**
   * Saves 说明 (or withdraws one), then checks again: every count follows, and the marks leave the
   * cells of what is now explained (or come back to what is not).
   */
  const explain = (change: () => Promise<void>, done: string) =>
    actions &&
    void job.run(async () => {
      await change();
      setEditing(undefined);
      const { status: next, marks } = await actions.check(flow.policy, undefined, flow.previous);
      setSkipped(marks.skipped);
      flow.update(next);
      return { intent: 'success', text: done };
    });

  /** 舍位平衡… — shows the proposal; nothing changes until it is confirmed. */
  const proposeBalance = () =>
    actions &&
    void job.run(async () => {
      const proposal = await actions.proposeBalance(flow.policy);
      if (proposal.kind === 'refused') return { intent: 'warning', text: `未做舍位平衡：${proposal.reason}` };
      const left = proposal.unbalanced.length > 0 ? `另有 ${proposal.unbalanced.length} 处未能自动平衡，请人工核对：${proposal.unbalanced.map(plainCellRefs).join('；')}。` : '';
      if (proposal.adjustments.length === 0) return { intent: proposal.unbalanced.length > 0 ? 'warning' : 'success', text: `各合计与其组成项已完全相等，无需调整。${left}` };
      setBalance(proposal.adjustments);
      return { intent: 'info', title: '舍位平衡建议', text: `共 ${proposal.adjustments.length} 处，每处调整 1 个末位单位，见下面的清单。确认前工作簿不会改动。${left}` };
    });

  /** Confirmed: writes the adjustments (each recorded with before and after), then checks again. */
  const applyBalance = (confirmed: readonly BalanceAdjustment[]) =>
    actions &&
    void job.run(async () => {
      const outcome = await actions.applyBalance(flow.policy, confirmed);
      setBalance(undefined);
      if (outcome.kind === 'changed') return { intent: 'warning', text: '工作簿在提出建议后有改动，未做任何调整：请重新点“舍位平衡…”查看新的建议。' };
      if (outcome.kind === 'refused') return { intent: 'warning', text: `未做舍位平衡：${outcome.reason}` };
      const { status: next, marks } = await actions.check(flow.policy, undefined, flow.previous);
      setSkipped(marks.skipped);
      flow.update(next);
      return { intent: 'success', text: `已调整 ${outcome.changed} 个单元格，每处调整前后的数值都记录在工作簿的校验说明中；已重新校验。` };
    });

  const cancelBalance = () =>
    void job.run(async () => {
      setBalance(undefined);
      return { intent: 'info', text: '已取消舍位平衡，工作簿未改动。' };
    });

  const rounding = status ? openRounding(status.findings) : [];
  const balanceable = status !== undefined && status.summary.error === 0 && status.findings.some(isRounding);
  const counts = status ? countByFilter(status.findings) : undefined;
  const shown = status ? status.findings.filter((finding) => filters.includes(filterOf(finding))) : [];
  const grouped = bySuspect(shown, status?.findings ?? [], status?.suspects ?? []);
  const toggle = (filter: FindingFilter) => setFilters((current) => (current.includes(filter) ? current.filter((f) => f !== filter) : [...current, filter]));

  const noteEditor = (key: Editing['key'], label: string, save: (note: string) => void) =>
    editing?.key === key ? (
      <div className={styles.section}>
        <Field label={label} hint="写明原因，例如“系四舍五入形成的尾差”。说明随工作簿保存。">
          <Textarea value={editing.note} onChange={(_, data) => setEditing({ key, note: data.value })} disabled={disabled} />
        </Field>
        <div className={styles.buttons}>
          <Button size="small" appearance="primary" onClick={() => save(editing.note.trim())} disabled={disabled || editing.note.trim() === ''}>
            保存说明
          </Button>
          <Button size="small" onClick={() => setEditing(undefined)} disabled={disabled}>
            取消
          </Button>
        </div>
      </div>
    ) : null;

  /** A finding in the list, with its 说明 controls where it can be explained. */
  const findingRow = (finding: Finding) => {
    const key = keyOf(finding);
    const acceptable = finding.severity !== 'error';
    return (
      <FindingRow key={key} finding={finding} onSelect={select} disabled={disabled}>
        {acceptable && editing?.key !== key ? (
          <div className={styles.buttons}>
            {finding.accepted ? (
              <>
                <Button size="small" appearance="transparent" onClick={() => setEditing({ key, note: finding.accepted?.note ?? '' })} disabled={disabled}>
                  修改说明
                </Button>
                <Button size="small" appearance="transparent" onClick={() => explain(() => actions!.withdraw(finding), '已撤销说明，该项重新列为待处理。')} disabled={disabled}>
                  撤销说明
                </Button>
              </>
            ) : (
              <Button size="small" appearance="transparent" onClick={() => setEditing({ key, note: '' })} disabled={disabled}>
                说明原因
              </Button>
            )}
          </div>
        ) : null}
        {acceptable ? noteEditor(key, '说明', (note) => explain(() => actions!.accept([finding], note), '说明已保存，该项列入“已说明”。')) : null}
      </FindingRow>
    );
  };

  /** What last year's workbook gave: its 上年 figures with their cells there, or why it could not be used. */
  const previousSection = (previous: PreviousView) => {
    if (previous.reason !== undefined) {
      return (
        <MessageBar intent="warning" data-previous>
          <MessageBarBody>{`上年工作簿“${previous.name}”无法使用：${previous.reason}`}</MessageBarBody>
        </MessageBar>
      );
    }
    const filled = previous.figures.filter((figure) => figure.filled).length;
    return (
      <section aria-label="上年数" className={styles.section} data-previous>
        <Text as="h3" weight="semibold" className={styles.heading}>{`上年数（取自“${previous.name}”${previous.year === undefined ? '' : `，${previous.year}年`}）`}</Text>
        <Text as="p" className={styles.muted}>
          {filled > 0
            ? `其中 ${filled} 项本年“参数”表未填，校验和情况说明按上年工作簿的数核对；这些数没有写入工作簿，点击可定位到“参数”表中填写。`
            : '本年“参数”表所填的上年数都已与之核对。'}
        </Text>
        <ul className={styles.list} aria-label="上年数及其来源">
          {previous.figures.map((figure) => (
            <li key={figure.field} data-previous-figure={figure.field}>
              <Button className={styles.row} appearance="subtle" onClick={() => selectPreviousField(figure)} disabled={disabled}>
                <span className={styles.rowText}>
                  <span>{`${figure.label} ${figure.value} 万元`}</span>
                  <span className={styles.detail}>
                    {`来源：${previous.name} ${figure.sources.map(cellPlace).join('、')}；${figure.filled ? '本年“参数”表未填，按此核对' : '本年“参数”表已填，已与之核对'}`}
                  </span>
                </span>
              </Button>
            </li>
          ))}
        </ul>
      </section>
    );
  };

  return (
    <div className={styles.panel}>
      <Text as="h2" size={400} weight="semibold" className={styles.heading}>
        第 3 步 校验
      </Text>
      <Text as="p" className={styles.heading}>
        核对表内合计和表间关系，在单元格上用颜色标出问题；点击问题可定位到单元格。
      </Text>
      <div className={styles.buttons}>
        <Button appearance="primary" onClick={start} disabled={disabled}>
          开始校验
        </Button>
        <Button onClick={clear} disabled={disabled}>
          清除标记
        </Button>
      </div>
      <section aria-label="上年工作簿" className={styles.section}>
        <Text as="p" className={styles.muted}>
          可选：选择上年的公开工作簿，校验时与之核对上年数。文件只在本机读取，不会上传。
        </Text>
        <input ref={fileInput} type="file" accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" hidden onChange={choosePrevious} />
        <div className={styles.buttons}>
          <Button onClick={() => fileInput.current?.click()} disabled={disabled}>
            {flow.previous ? '更换上年工作簿…' : '选择上年工作簿…'}
          </Button>
          {flow.previous ? (
            <Button onClick={clearPrevious} disabled={disabled}>
              清除上年工作簿
            </Button>
          ) : null}
        </div>
        {flow.previous ? <Text data-previous-file>{`已选择：${flow.previous.name}`}</Text> : null}
      </section>
      <Accordion collapsible>
        <AccordionItem value="options">
          <AccordionHeader>校验选项</AccordionHeader>
          <AccordionPanel>
            <Field label="尾差口径" hint={POLICIES.find((policy) => policy.id === flow.policy)?.help}>
              <Select value={flow.policy} onChange={(_, data) => flow.setPolicy(data.value as RoundingPolicy)} disabled={disabled}>
                {POLICIES.map((policy) => (
                  <option key={policy.id} value={policy.id}>
                    {policy.name}
                  </option>
                ))}
              </Select>
            </Field>
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
      {stage ? (
        <Field validationMessage={STAGES[stage]} validationState="none">
          <ProgressBar aria-label="校验进度" />
        </Field>
      ) : null}
      {job.busy && !stage ? <Spinner size="small" label="正在处理…" /> : null}
      <Result resultRef={job.resultRef} notice={job.notice} label="校验结果">
        {checked && status && counts ? (
          <>
            <Text as="p" className={styles.heading} data-summary>
              {summaryText()}
            </Text>
            {unfilledTables(status) > 0 ? (
              <MessageBar intent="warning">
                <MessageBarBody>{`未填写（未作校验）：${status.tables.filter((table) => !table.filled).map((table) => table.sheet).join('、')}`}</MessageBarBody>
              </MessageBar>
            ) : null}
            {skipped.length > 0 ? (
              <MessageBar intent="warning">
                <MessageBarBody>{`未能标出颜色：${skipped.map((skip) => `${place(skip)}（${skip.reason}）`).join('；')}`}</MessageBarBody>
              </MessageBar>
            ) : null}
            {status.previous ? previousSection(status.previous) : null}
            {rounding.length > 0 ? (
              <section aria-label="尾差" className={styles.section}>
                <Text as="p" className={styles.heading}>{`尾差 ${rounding.length} 项：合计与分项之和因四舍五入相差一两分，可以一次说明全部尾差。`}</Text>
                {editing?.key === 'rounding' ? null : (
                  <div className={styles.buttons}>
                    <Button onClick={() => setEditing({ key: 'rounding', note: '系四舍五入形成的尾差' })} disabled={disabled}>
                      {`批量说明全部尾差（${rounding.length} 项）`}
                    </Button>
                  </div>
                )}
                {noteEditor('rounding', `全部 ${rounding.length} 项尾差的说明`, (note) => explain(() => actions!.accept(rounding, note), `已说明 ${rounding.length} 项尾差。`))}
              </section>
            ) : null}
            {balanceable && !balance ? (
              <section aria-label="舍位平衡" className={styles.section}>
                <Text as="p" className={styles.heading}>需要各合计与分项之和完全相等时（例如以元编制、以万元公开），可以做舍位平衡：列出最少的末位调整，确认后才改动。</Text>
                <div className={styles.buttons}>
                  <Button onClick={proposeBalance} disabled={disabled}>
                    舍位平衡…
                  </Button>
                </div>
              </section>
            ) : null}
            {balance ? (
              <section aria-label="舍位平衡建议" className={styles.section} data-balance>
                <Text as="h3" weight="semibold" className={styles.heading}>{`舍位平衡建议（${balance.length} 处）`}</Text>
                <ul className={styles.list} aria-label="舍位平衡的调整">
                  {balance.map((adjustment) => (
                    <li key={`${adjustment.sheet}!${adjustment.cell}`}>
                      <Button className={styles.row} appearance="subtle" onClick={() => selectAdjusted(adjustment)} disabled={disabled}>
                        <span className={styles.rowText}>
                          <span>{`${cellPlace(adjustment)}：${adjustment.from} → ${adjustment.to}`}</span>
                          <span className={styles.detail}>{plainCellRefs(adjustment.why)}</span>
                        </span>
                      </Button>
                    </li>
                  ))}
                </ul>
                <Text as="p" className={styles.muted}>确认后，以上单元格改为调整后的数值，每处调整前后的数值记录在工作簿的校验说明中。</Text>
                <div className={styles.buttons}>
                  <Button appearance="primary" onClick={() => applyBalance(balance)} disabled={disabled}>
                    {`确认调整（${balance.length} 处）`}
                  </Button>
                  <Button onClick={cancelBalance} disabled={disabled}>
                    取消
                  </Button>
                </div>
              </section>
            ) : null}
            <div role="group" aria-label="筛选" className={styles.buttons}>
              {FILTERS.map((filter) => (
                <ToggleButton key={filter} size="small" checked={filters.includes(filter)} onClick={() => toggle(filter)} aria-label={`显示${FILTER_LABEL[filter]}（${counts[filter]} 项）`}>
                  {`${FILTER_LABEL[filter]} ${counts[filter]}`}
                </ToggleButton>
              ))}
            </div>
            {grouped.suspects.map((group) => (
              <section key={`suspect-${group.index}`} aria-label={`很可能填错的单元格：${cellPlace(group.suspect)}`} className={styles.section} data-suspect>
                <Text as="h3" weight="semibold" className={styles.heading}>
                  <Button className={styles.row} appearance="subtle" onClick={() => selectSuspect(group.suspect)} disabled={disabled}>
                    <span className={styles.rowText}>
                      <span>{suspectHeading(group)}</span>
                      <span className={styles.detail}>点击定位到该单元格，核对后改正；改正后重新校验。</span>
                    </span>
                  </Button>
                </Text>
                {group.findings.length > 0 ? <ul className={styles.list}>{group.findings.map(findingRow)}</ul> : null}
              </section>
            ))}
            {groupFindings(grouped.rest).map((group) => (
              <section key={`${group.sheet}-${group.table ?? ''}`} aria-label={group.sheet || '其他'} className={styles.section}>
                <Text as="h3" weight="semibold" className={styles.heading}>{`${group.sheet || '其他'}（${group.findings.length}）`}</Text>
                <ul className={styles.list}>{group.findings.map(findingRow)}</ul>
              </section>
            ))}
            {shown.length === 0 && status.findings.length > 0 ? <Text className={styles.muted}>所选类别没有问题。</Text> : null}
            {status.summary.error === 0 && status.tables.some((table) => table.filled) ? <NextStep from="check" flow={flow} /> : null}
          </>
        ) : null}
      </Result>
    </div>
  );
}

