import type { ReactElement } from 'react';
import type { PanelProps } from './panel';
import NotReadyPanel from './NotReadyPanel';

/** The template panel; its back-end is not ready yet, so it says so. */
export default function TemplatePanel({ strings }: PanelProps): ReactElement {
  return <NotReadyPanel purpose={strings.panelPurpose.template} notice={strings.notReady} />;
}
