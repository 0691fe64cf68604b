import type { TaskpaneActions } from '../actions';
import type { UiStrings } from '../strings';

/** What every panel receives from the shell. */
export interface PanelProps {
  strings: UiStrings;
  /** True when Excel is there to read and write; false in a plain browser. */
  hostReady: boolean;
  /** The jobs a panel can start; absent outside Excel. */
  actions?: TaskpaneActions;
}
