/**
 * Task pane entry: waits for Office, then renders the shell. In a plain browser (office.js loaded but no
 * Office host) it renders the same UI with a notice that the workbook cannot be reached.
 */
import { createRoot } from 'react-dom/client';
import { createActions, type TaskpaneActions } from './actions';
import { App } from './App';
import { CHECK_WORKER_SCRIPT } from './checkOffThread';
import { describeError } from './officeErrors';
import { STRINGS, uiLanguage } from './strings';

interface Host {
  hostReady: boolean;
  displayLanguage?: string;
  actions?: TaskpaneActions;
}

/** Resolves whether Excel is the host and, if so, Office's display language and the actions over Excel.run. */
async function detectHost(): Promise<Host> {
  if (typeof Office === 'undefined') return { hostReady: false };
  const info = await Office.onReady();
  if (info.host !== Office.HostType.Excel) return { hostReady: false };
  return {
    hostReady: true,
    displayLanguage: Office.context.displayLanguage,
    actions: createActions({
      run: (job) => Excel.run((context) => job(context)),
      notesSupported: Office.context.requirements.isSetSupported('ExcelApi', '1.18'),
      ...(typeof Worker === 'undefined' ? {} : { spawnCheckWorker: () => new Worker(CHECK_WORKER_SCRIPT) }),
    }),
  };
}

async function start(): Promise<void> {
  const container = document.getElementById('root');
  if (!container) throw new Error('taskpane.html has no #root element');
  let host: Host;
  try {
    host = await detectHost();
  } catch (error) {
    // Never leave the pane on its loading text: say what failed and what to do.
    container.textContent = `预算公开助手无法启动：${describeError(error)}`;
    return;
  }
  const { hostReady, displayLanguage, actions } = host;
  container.textContent = '';
  createRoot(container).render(<App strings={STRINGS[uiLanguage(displayLanguage)]} hostReady={hostReady} actions={actions} />);
}

void start();
