import type { RoundingPolicy } from '../../core/rules/rounding';
import type { TaskpaneActions } from '../actions';
import type { PreviousFile, WorkbookStatus } from '../coreJobs';
import type { Session, StepId } from '../steps';

/** The guided flow's shared state: where the workbook stands, what the user did, how to move on. */
export interface Flow {
  /** Where the workbook stands, from the latest job that read it; undefined until one has. */
  status?: WorkbookStatus;
  session: Session;
  /** The rounding policy 校验 and 报告 use. */
  policy: RoundingPolicy;
  setPolicy(policy: RoundingPolicy): void;
  /**
   * Last year's workbook, when the user chose one in 校验: every review of the workbook (校验, 填写,
   * 情况说明, 报告) is then made against it. Kept in the pane only; nothing of it is written to the workbook.
   */
  previous?: PreviousFile;
  setPrevious(previous: PreviousFile | undefined): void;
  /** A job read the workbook: every step shows this from now on; `done` records what the user did. */
  update(status: WorkbookStatus, done?: Partial<Session>): void;
  /** Says a result or a step of progress in the pane's live region, for screen readers. */
  announce(text: string): void;
  /** Opens a step. */
  goTo(step: StepId): void;
}

/** What every step's panel receives from the shell. */
export interface PanelProps {
  /** True when Excel is there to read and write; false in a plain browser. */
  hostReady: boolean;
  /** The jobs a panel can start; absent outside Excel. */
  actions?: TaskpaneActions;
  flow: Flow;
}
