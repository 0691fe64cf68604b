/**
 * What the steps' panels share: running a job with its result said and focused, the severity
 * badge, a finding's row, the missing 参数 by section, the next-step button and the confirmation
 * of a replacement. Loaded with the first panel, not part of the initial bundle.
 */
import {
  Badge,
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useRef, useState, type ReactElement, type ReactNode, type RefObject } from 'react';
import { fromA1 } from '../core/grid';
import type { Finding } from '../core/rules/finding';
import type { GeneratedSheet } from '../excel/generated';
import type { TaskpaneActions } from './actions';
import type { WorkbookStatus } from './coreJobs';
import { filterOf, hasTarget, plainCellRefs, whatToDo, type FindingFilter } from './findings';
import { describeError } from './officeErrors';
import type { Flow } from './panels/panel';
import { nextStep, type StepId } from './steps';

export const useUiStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  buttons: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'center' },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  row: {
    display: 'flex',
    alignItems: 'flex-start',
    gap: tokens.spacingHorizontalS,
    width: '100%',
    textAlign: 'left',
    justifyContent: 'flex-start',
    height: 'auto',
    minHeight: '32px',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    fontWeight: tokens.fontWeightRegular,
  },
  rowText: { display: 'flex', flexDirection: 'column', gap: '2px', minWidth: 0, overflowWrap: 'anywhere' },
  detail: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  // A badge keeps its text's width whatever the text beside it does (issue 15 item 3).
  badge: { flexShrink: 0, whiteSpace: 'nowrap', minWidth: 'max-content', marginTop: '1px' },
  result: { outline: 'none', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  muted: { color: tokens.colorNeutralForeground3, margin: 0 },
});

/** A result to show: what happened and, for a failure, what to do. */
export interface Notice {
  intent: 'success' | 'warning' | 'error' | 'info';
  title?: string;
  text: string;
}

/**
 * Runs a panel's jobs one at a time: busy while one runs; its result (or the Chinese reason it
 * failed) shown, said in the live region and focused, so that focus never drops to the page.
 */
export function useJob(flow: Flow): {
  busy: boolean;
  notice?: Notice;
  resultRef: RefObject<HTMLDivElement | null>;
  run: (job: () => Promise<Notice | undefined>, progress?: string) => Promise<void>;
  show: (notice: Notice | undefined) => void;
} {
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice>();
  const [shown, setShown] = useState(0);
  const resultRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (shown > 0) resultRef.current?.focus();
  }, [shown]);
  const show = (next: Notice | undefined) => {
    setNotice(next);
    if (next) flow.announce([next.title, next.text].filter((part) => part).join('：'));
    setShown((count) => count + 1);
  };
  const run = async (job: () => Promise<Notice | undefined>, progress?: string) => {
    setBusy(true);
    setNotice(undefined);
    if (progress) flow.announce(progress);
    try {
      show(await job());
    } catch (error) {
      show({ intent: 'error', title: '操作未完成', text: describeError(error) });
    } finally {
      setBusy(false);
    }
  };
  return { busy, ...(notice ? { notice } : {}), resultRef, run, show };
}

/** The result area of a panel: focusable, so that the result of an action receives the focus. */
export function Result({ resultRef, notice, children, label }: { resultRef: RefObject<HTMLDivElement | null>; notice?: Notice; children?: ReactNode; label: string }): ReactElement {
  const styles = useUiStyles();
  return (
    <div ref={resultRef} tabIndex={-1} className={styles.result} role="region" aria-label={label}>
      {notice ? (
        <MessageBar intent={notice.intent}>
          <MessageBarBody>
            {notice.title ? <MessageBarTitle>{notice.title}</MessageBarTitle> : null}
            {notice.text}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {children}
    </div>
  );
}

const BADGE_COLOR = { error: 'danger', warning: 'warning', info: 'informative', accepted: 'success' } as const;
export const FILTER_LABEL: Record<FindingFilter, string> = { error: '错误', warning: '提示', info: '信息', accepted: '已说明' };

/** 错误 / 提示 / 信息 / 已说明, never clipped. */
export function SeverityBadge({ finding }: { finding: Finding }): ReactElement {
  const styles = useUiStyles();
  const filter = filterOf(finding);
  return (
    <Badge className={styles.badge} appearance="filled" color={BADGE_COLOR[filter]} data-badge>
      {FILTER_LABEL[filter]}
    </Badge>
  );
}

/** Where a finding is, in words: the sheet and the row (no A1 letters). */
export function place(finding: Pick<Finding, 'sheet' | 'cell'>): string {
  const first = finding.cell.split(':')[0] ?? '';
  return /^\$?[A-Za-z]{1,3}\$?[1-9]\d*$/.test(first) ? `${finding.sheet} 第${fromA1(first).row + 1}行` : finding.sheet;
}

/**
 * A finding in a list: with a cell, a button that selects it; without one, what to do instead.
 * `children` go below (the 说明 controls).
 */
export function FindingRow({ finding, onSelect, disabled, children }: { finding: Finding; onSelect: (finding: Finding) => void; disabled: boolean; children?: ReactNode }): ReactElement {
  const styles = useUiStyles();
  const text = (
    <span className={styles.rowText}>
      <span>{plainCellRefs(finding.message)}</span>
      <span className={styles.detail}>
        {hasTarget(finding) ? `定位：${place(finding)}` : `处理：${whatToDo(finding)}`}
        {finding.accepted ? `；已说明：${finding.accepted.note}` : ''}
      </span>
    </span>
  );
  return (
    <li data-finding={finding.rule}>
      {hasTarget(finding) ? (
        <Button className={styles.row} appearance="subtle" onClick={() => onSelect(finding)} disabled={disabled}>
          <SeverityBadge finding={finding} />
          {text}
        </Button>
      ) : (
        <div className={styles.row} data-no-target>
          <SeverityBadge finding={finding} />
          {text}
        </div>
      )}
      {children}
    </li>
  );
}

/**
 * 待填参数 — the 参数 the 情况说明 still lacks, by the 参数 sheet's sections, each a button that
 * selects its field in 参数.
 */
export function MissingParams({ status, actions, disabled, run }: { status: WorkbookStatus; actions?: TaskpaneActions; disabled: boolean; run: (job: () => Promise<Notice | undefined>) => Promise<void> }): ReactElement | null {
  const styles = useUiStyles();
  if (status.missingParams.length === 0) return null;
  const select = (id: string, label: string) =>
    actions &&
    void run(async () => {
      if (await actions.selectParamField(id)) return { intent: 'info', text: `已定位到“参数”表中的“${label}”，请在该行的“数值”列填写。` };
      return { intent: 'warning', text: '工作簿中没有“参数”表：请在第 2 步点“添加参数表”，或在第 1 步生成模板（会同时生成参数表）。' };
    });
  return (
    <div className={styles.section}>
      {status.missingParams.map((section) => (
        <section key={section.group} aria-label={`参数：${section.group}`} className={styles.section}>
          <Text as="h4" weight="semibold" className={styles.heading}>{`${section.group}（${section.fields.length}）`}</Text>
          <ul className={styles.list}>
            {section.fields.map(({ field }) => (
              <li key={field.id}>
                <Button className={styles.row} appearance="subtle" onClick={() => select(field.id, field.label)} disabled={disabled}>
                  <span className={styles.rowText}>
                    <span>{field.label}</span>
                    <span className={styles.detail}>{`定位：参数表“${field.label}”`}</span>
                  </span>
                </Button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

/** 表格中未找到 — figures the 情况说明 needs that the tables do not hold yet; each says what to do. */
export function MissingFigures({ status, disabled }: { status: WorkbookStatus; disabled: boolean }): ReactElement | null {
  const styles = useUiStyles();
  const figures = status.unfinished.filter((finding) => finding.rule === 'narrative.missingFigure');
  if (figures.length === 0) return null;
  return (
    <section aria-label="表格中未找到的数字" className={styles.section}>
      <Text as="h4" weight="semibold" className={styles.heading}>{`情况说明需要、表格中未找到（${figures.length}）`}</Text>
      <ul className={styles.list}>
        {figures.map((finding, index) => (
          <FindingRow key={`${finding.message}-${index}`} finding={finding} onSelect={() => undefined} disabled={disabled} />
        ))}
      </ul>
    </section>
  );
}

/** The step after this one, offered when this one is done. */
export function NextStep({ from, flow }: { from: StepId; flow: Flow }): ReactElement | null {
  const next = nextStep(from);
  if (!next) return null;
  return <Button onClick={() => flow.goTo(next.id)}>{`下一步：第 ${next.number} 步 ${next.name}`}</Button>;
}

/** Sheet names in a sentence: all of them up to three, else the first three and how many. */
function sheetList(sheets: readonly string[]): string {
  return sheets.length > 3 ? `${sheets.slice(0, 3).join('、')} 等 ${sheets.length} 张工作表` : sheets.join('、');
}

/**
 * What replacing the sheets means: those the user filled in or edited since the add-in wrote them
 * are named, their data would be lost; sheets as written are simply replaced.
 */
export function replaceText(sheets: readonly GeneratedSheet[]): string {
  const names = sheets.map((entry) => entry.sheet);
  const edited = sheets.filter((entry) => entry.edited).map((entry) => entry.sheet);
  const head = `本工具此前生成了 ${sheetList(names)}。`;
  if (edited.length === 0) return `${head}它们生成后没有改动，继续将用新内容替换；其他工作表不受影响。`;
  const which = edited.length === names.length ? (names.length === 1 ? '它' : '它们都') : `其中 ${sheetList(edited)} `;
  return `${head}${which}在生成后填写或修改过，继续替换，这些内容会丢失（如需保留，请先取消，把工作表另存或改名）；其他工作表不受影响。`;
}

/** Asks before the add-in replaces sheets it wrote before, naming those that hold the user's edits. */
export function ConfirmReplace({ open, sheets, what, onConfirm, onCancel }: { open: boolean; sheets: readonly GeneratedSheet[]; what: string; onConfirm: () => void; onCancel: () => void }): ReactElement {
  return (
    <Dialog open={open} modalType="alert" onOpenChange={(_, data) => (data.open ? undefined : onCancel())}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{`替换此前生成的${what}？`}</DialogTitle>
          <DialogContent>{replaceText(sheets)}</DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onConfirm}>
              替换
            </Button>
            <Button onClick={onCancel}>取消</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

/**
 * A replacement to confirm: `confirm(sheets, what)` resolves true when there is nothing to replace
 * or the user confirmed, false when the user cancelled.
 */
export function useConfirmReplace(): { dialog: ReactElement | null; confirm: (sheets: readonly GeneratedSheet[], what: string) => Promise<boolean> } {
  const [pending, setPending] = useState<{ open: boolean; sheets: readonly GeneratedSheet[]; what: string; resolve: (ok: boolean) => void }>();
  const confirm = (sheets: readonly GeneratedSheet[], what: string) =>
    sheets.length === 0 ? Promise.resolve(true) : new Promise<boolean>((resolve) => setPending({ open: true, sheets, what, resolve }));
  const close = (ok: boolean) => {
    pending?.resolve(ok);
    setPending((current) => current && { ...current, open: false });
  };
  return {
    // Mounted when first needed, then closed through `open`, so that the dialog puts the page back as it was.
    dialog: pending ? <ConfirmReplace open={pending.open} sheets={pending.sheets} what={pending.what} onConfirm={() => close(true)} onCancel={() => close(false)} /> : null,
    confirm,
  };
}
