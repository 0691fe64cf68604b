import { makeStyles, MessageBar, MessageBarBody, Text, tokens } from '@fluentui/react-components';
import type { ReactElement } from 'react';

export interface NotReadyPanelProps {
  /** What the panel will do, so the user knows what to expect. */
  purpose: string;
  /** The truthful notice that it cannot do it yet. */
  notice: string;
}

const useStyles = makeStyles({ panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM } });

/** A panel whose back-end is not ready: says what it is for and that it is not available, nothing more. */
export default function NotReadyPanel({ purpose, notice }: NotReadyPanelProps): ReactElement {
  const styles = useStyles();
  return (
    <div className={styles.panel}>
      <Text as="p">{purpose}</Text>
      <MessageBar intent="info">
        <MessageBarBody>{notice}</MessageBarBody>
      </MessageBar>
    </div>
  );
}
