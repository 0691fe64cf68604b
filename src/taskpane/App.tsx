/**
 * The pane's shell: the title, the ⋯ menu (诊断信息), the five steps of the guided flow with their
 * states, a live region that says each result and step of progress, and the open step's panel.
 * Each panel is its own chunk, loaded when its step is first opened.
 */
import {
  Button,
  FluentProvider,
  makeStyles,
  MessageBar,
  MessageBarBody,
  mergeClasses,
  Spinner,
  Text,
  tokens,
  webLightTheme,
} from '@fluentui/react-components';
import { lazy, Suspense, useCallback, useEffect, useRef, useState, type KeyboardEvent, type LazyExoticComponent, type ReactElement } from 'react';
import type { Diagnostics } from '../excel/diagnostics';
import type { RoundingPolicy } from '../core/rules/rounding';
import type { TaskpaneActions } from './actions';
import type { PreviousFile, WorkbookStatus } from './coreJobs';
import type { Flow, PanelProps } from './panels/panel';
import { NEW_SESSION, STEPS, stateLabel, stepStates, type Session, type StepId, type StepState } from './steps';

/** Each panel is its own chunk, loaded when first opened, so the initial bundle stays small. */
const PANELS: Record<StepId, LazyExoticComponent<(props: PanelProps) => ReactElement>> = {
  template: lazy(() => import(/* webpackChunkName: "panel-template" */ './panels/TemplatePanel')),
  fill: lazy(() => import(/* webpackChunkName: "panel-fill" */ './panels/FillPanel')),
  check: lazy(() => import(/* webpackChunkName: "panel-check" */ './panels/CheckPanel')),
  narrative: lazy(() => import(/* webpackChunkName: "panel-narrative" */ './panels/NarrativePanel')),
  report: lazy(() => import(/* webpackChunkName: "panel-report" */ './panels/ReportPanel')),
};

const DiagnosticsDialog = lazy(() => import(/* webpackChunkName: "panel-diagnostics" */ './panels/DiagnosticsDialog'));
const MoreMenu = lazy(() => import(/* webpackChunkName: "panel-more" */ './panels/MoreMenu'));

const useStyles = makeStyles({
  app: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minHeight: '100vh', padding: tokens.spacingHorizontalM, boxSizing: 'border-box' },
  header: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
  steps: { display: 'grid', gridTemplateColumns: 'repeat(5, minmax(0, 1fr))', gap: tokens.spacingHorizontalXS, margin: 0, padding: 0 },
  step: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    gap: '2px',
    minWidth: 0,
    padding: `${tokens.spacingVerticalXS} 2px`,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    cursor: 'pointer',
    fontFamily: 'inherit',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '1px' },
  },
  current: { border: `2px solid ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  stepNumber: {
    display: 'inline-flex',
    alignItems: 'center',
    justifyContent: 'center',
    width: '18px',
    height: '18px',
    borderRadius: tokens.borderRadiusCircular,
    backgroundColor: tokens.colorNeutralBackground3,
    fontSize: tokens.fontSizeBase100,
    fontWeight: tokens.fontWeightSemibold,
  },
  currentNumber: { backgroundColor: tokens.colorBrandBackground, color: tokens.colorNeutralForegroundOnBrand },
  stepName: { fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold, whiteSpace: 'nowrap' },
  stepState: { fontSize: tokens.fontSizeBase100, whiteSpace: 'nowrap' },
  done: { color: tokens.colorPaletteGreenForeground1 },
  problems: { color: tokens.colorPaletteDarkOrangeForeground1 },
  notStarted: { color: tokens.colorNeutralForeground3 },
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  // The author style would otherwise override the hidden attribute's display: none.
  hiddenPanel: { display: 'none' },
  visuallyHidden: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' },
});

export interface AppProps {
  hostReady: boolean;
  actions?: TaskpaneActions;
  /** What this Excel supports (诊断), read once at start. */
  diagnostics?: Diagnostics;
}

const STATE_CLASS = { notStarted: 'notStarted', problems: 'problems', done: 'done' } as const;

interface StepTabProps {
  id: StepId;
  number: number;
  name: string;
  state: StepState;
  selected: boolean;
  onSelect: () => void;
  onKeyDown: (event: KeyboardEvent<HTMLButtonElement>) => void;
  buttonRef: (element: HTMLButtonElement | null) => void;
}

function StepTab({ id, number, name, state, selected, onSelect, onKeyDown, buttonRef }: StepTabProps): ReactElement {
  const styles = useStyles();
  const label = stateLabel(state);
  return (
    <button
      ref={buttonRef}
      type="button"
      role="tab"
      id={`step-${id}`}
      aria-selected={selected}
      aria-controls={`panel-${id}`}
      aria-label={`第${number}步 ${name}：${label}`}
      tabIndex={selected ? 0 : -1}
      className={mergeClasses(styles.step, selected && styles.current)}
      onClick={onSelect}
      onKeyDown={onKeyDown}
    >
      <span className={mergeClasses(styles.stepNumber, selected && styles.currentNumber)}>{number}</span>
      <span className={styles.stepName}>{name}</span>
      <span className={mergeClasses(styles.stepState, styles[STATE_CLASS[state.kind]])} data-state={state.kind}>
        {label}
      </span>
    </button>
  );
}

export function App({ hostReady, actions, diagnostics }: AppProps): ReactElement {
  const styles = useStyles();
  const [step, setStep] = useState<StepId>('template');
  /**
   * Panels stay mounted once opened, hidden when another step is chosen: a job running off the UI
   * thread keeps its progress and shows its result when the user comes back.
   */
  const [opened, setOpened] = useState<readonly StepId[]>(['template']);
  const [status, setStatus] = useState<WorkbookStatus>();
  const [session, setSession] = useState<Session>(NEW_SESSION);
  const [policy, setPolicy] = useState<RoundingPolicy>('tight');
  const [previous, setPrevious] = useState<PreviousFile>();
  const [announcement, setAnnouncement] = useState('');
  /** Mounted once first opened, then kept and closed through `open`. */
  const [diagnosticsOpen, setDiagnosticsOpen] = useState<boolean>();
  const [moreOpen, setMoreOpen] = useState(false);
  const moreButton = useRef<HTMLButtonElement>(null);
  const tabs = useRef<Partial<Record<StepId, HTMLButtonElement | null>>>({});

  const goTo = useCallback((id: StepId) => {
    setStep(id);
    setOpened((ids) => (ids.includes(id) ? ids : [...ids, id]));
  }, []);
  const update = useCallback((next: WorkbookStatus, done?: Partial<Session>) => {
    setStatus(next);
    if (done) setSession((current) => ({ ...current, ...done }));
  }, []);
  const announce = useCallback((text: string) => setAnnouncement(text), []);
  const flow: Flow = { ...(status ? { status } : {}), session, policy, setPolicy, ...(previous ? { previous } : {}), setPrevious, update, announce, goTo };

  // Where the workbook stands when the pane opens: read once, nothing written or marked.
  useEffect(() => {
    if (!actions) return;
    let current = true;
    actions.status('tight').then(
      (read) => current && setStatus(read),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [actions]);

  const states = stepStates(status, session);
  const moveWithKeys = (index: number) => (event: KeyboardEvent<HTMLButtonElement>) => {
    const offset = event.key === 'ArrowRight' || event.key === 'ArrowDown' ? 1 : event.key === 'ArrowLeft' || event.key === 'ArrowUp' ? -1 : 0;
    if (offset === 0) return;
    event.preventDefault();
    const next = STEPS[(index + offset + STEPS.length) % STEPS.length]!;
    goTo(next.id);
    tabs.current[next.id]?.focus();
  };
  const unavailable = hostReady ? (diagnostics?.features.filter((feature) => !feature.enabled) ?? []) : [];

  return (
    <FluentProvider theme={webLightTheme} className={styles.app}>
      <header className={styles.header}>
        <Text as="h1" size={500} weight="semibold">
          预算公开助手
        </Text>
        <Button ref={moreButton} appearance="subtle" aria-label="更多" aria-haspopup="menu" aria-expanded={moreOpen} onClick={() => setMoreOpen((open) => !open)}>
          ⋯
        </Button>
        {moreOpen ? (
          <Suspense fallback={null}>
            <MoreMenu
              target={moreButton}
              onDiagnostics={() => {
                setMoreOpen(false);
                setDiagnosticsOpen(true);
              }}
              onClose={() => setMoreOpen(false)}
            />
          </Suspense>
        ) : null}
      </header>
      {hostReady ? null : (
        <MessageBar intent="warning">
          <MessageBarBody>未检测到 Excel：请在 Excel 中通过“开始”选项卡的“预算公开助手”按钮打开本窗格。在普通浏览器中只能查看界面，无法读写工作簿。</MessageBarBody>
        </MessageBar>
      )}
      {unavailable.length > 0 ? (
        <MessageBar intent="info">
          <MessageBarBody>
            {`此版本的 Excel 不支持：${unavailable.map((feature) => `${feature.label}（${feature.fallback}）`).join('；')}。其余功能照常使用，详见“⋯ → 诊断信息”。`}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      <nav aria-label="操作步骤">
        <div role="tablist" aria-label="操作步骤" className={styles.steps}>
          {STEPS.map(({ id, name }, index) => (
            <StepTab
              key={id}
              id={id}
              number={index + 1}
              name={name}
              state={states[id]}
              selected={id === step}
              onSelect={() => goTo(id)}
              onKeyDown={moveWithKeys(index)}
              buttonRef={(element) => void (tabs.current[id] = element)}
            />
          ))}
        </div>
      </nav>
      <div role="status" aria-live="polite" className={styles.visuallyHidden}>
        {announcement}
      </div>
      <main>
        {STEPS.filter(({ id }) => opened.includes(id)).map(({ id, name }) => {
          const Panel = PANELS[id];
          return (
            <div
              key={id}
              id={`panel-${id}`}
              role="tabpanel"
              aria-label={name}
              className={id === step ? styles.panel : styles.hiddenPanel}
              hidden={id !== step}
            >
              <Suspense fallback={<Spinner size="small" label="正在加载…" />}>
                <Panel hostReady={hostReady} actions={actions} flow={flow} />
              </Suspense>
            </div>
          );
        })}
      </main>
      {diagnosticsOpen === undefined ? null : (
        <Suspense fallback={null}>
          <DiagnosticsDialog open={diagnosticsOpen} diagnostics={diagnostics} onClose={() => setDiagnosticsOpen(false)} />
        </Suspense>
      )}
    </FluentProvider>
  );
}
