import type { ReactElement } from 'react';
import type { PanelProps } from './panel';
import NotReadyPanel from './NotReadyPanel';

/** The check panel; its back-end is not ready yet, so it says so. */
export default function CheckPanel({ strings }: PanelProps): ReactElement {
  return <NotReadyPanel purpose={strings.panelPurpose.check} notice={strings.notReady} />;
}
