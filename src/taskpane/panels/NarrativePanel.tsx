import type { ReactElement } from 'react';
import type { PanelProps } from './panel';
import NotReadyPanel from './NotReadyPanel';

/** The narrative panel; its back-end is not ready yet, so it says so. */
export default function NarrativePanel({ strings }: PanelProps): ReactElement {
  return <NotReadyPanel purpose={strings.panelPurpose.narrative} notice={strings.notReady} />;
}
