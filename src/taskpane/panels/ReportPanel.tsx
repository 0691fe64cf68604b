import type { ReactElement } from 'react';
import type { PanelProps } from './panel';
import NotReadyPanel from './NotReadyPanel';

/** The report panel; its back-end is not ready yet, so it says so. */
export default function ReportPanel({ strings }: PanelProps): ReactElement {
  return <NotReadyPanel purpose={strings.panelPurpose.report} notice={strings.notReady} />;
}
