import {
  FluentProvider,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Tab,
  TabList,
  Text,
  tokens,
  webLightTheme,
} from '@fluentui/react-components';
import { lazy, Suspense, useState, type LazyExoticComponent, type ReactElement } from 'react';
import type { TaskpaneActions } from './actions';
import type { PanelProps } from './panels/panel';
import type { UiStrings } from './strings';

/** The four jobs of a finance user, in the order they work through them (issue 6). */
export type PanelId = 'template' | 'check' | 'narrative' | 'report';

const PANEL_ORDER: readonly PanelId[] = ['template', 'check', 'narrative', 'report'];

/** Each panel is its own chunk, loaded when first opened, so the initial bundle stays small. */
const PANELS: Record<PanelId, LazyExoticComponent<(props: PanelProps) => ReactElement>> = {
  template: lazy(() => import(/* webpackChunkName: "panel-template" */ './panels/TemplatePanel')),
  check: lazy(() => import(/* webpackChunkName: "panel-check" */ './panels/CheckPanel')),
  narrative: lazy(() => import(/* webpackChunkName: "panel-narrative" */ './panels/NarrativePanel')),
  report: lazy(() => import(/* webpackChunkName: "panel-report" */ './panels/ReportPanel')),
};

const useStyles = makeStyles({
  app: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minHeight: '100vh', padding: tokens.spacingHorizontalM, boxSizing: 'border-box' },
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  // The author style would otherwise override the hidden attribute's display: none.
  hiddenPanel: { display: 'none' },
});

export interface AppProps {
  strings: UiStrings;
  hostReady: boolean;
  actions?: TaskpaneActions;
}

export function App({ strings, hostReady, actions }: AppProps): ReactElement {
  const [panel, setPanel] = useState<PanelId>('template');
  /**
   * Panels stay mounted once opened, hidden when another tab is chosen: a check running off the UI
   * thread keeps its progress and shows its result when the user comes back to 校验.
   */
  const [opened, setOpened] = useState<readonly PanelId[]>(['template']);
  const styles = useStyles();
  const choose = (id: PanelId) => {
    setPanel(id);
    setOpened((ids) => (ids.includes(id) ? ids : [...ids, id]));
  };
  return (
    <FluentProvider theme={webLightTheme} className={styles.app}>
      <Text as="h1" size={500} weight="semibold">
        {strings.title}
      </Text>
      {hostReady ? null : (
        <MessageBar intent="warning">
          <MessageBarBody>{strings.noOffice}</MessageBarBody>
        </MessageBar>
      )}
      <TabList selectedValue={panel} onTabSelect={(_, data) => choose(data.value as PanelId)}>
        {PANEL_ORDER.map((id) => (
          <Tab key={id} value={id}>
            {strings.tabs[id]}
          </Tab>
        ))}
      </TabList>
      <main>
        {PANEL_ORDER.filter((id) => opened.includes(id)).map((id) => {
          const Panel = PANELS[id];
          return (
            <div key={id} className={id === panel ? styles.panel : styles.hiddenPanel} role="tabpanel" aria-label={strings.tabs[id]} hidden={id !== panel}>
              <Suspense fallback={<Spinner size="small" label={strings.panelLoading} />}>
                <Panel strings={strings} hostReady={hostReady} actions={actions} />
              </Suspense>
            </div>
          );
        })}
      </main>
    </FluentProvider>
  );
}
