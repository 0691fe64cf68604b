/**
 * Task pane entry: waits for Office, then renders the shell. In a plain browser (office.js loaded but no
 * Office host) it renders the same UI with a notice that the workbook cannot be reached.
 */
import { createRoot } from 'react-dom/client';
import packageJson from '../../package.json';
import { readDiagnostics, type Diagnostics } from '../excel/diagnostics';
import { createActions, type TaskpaneActions } from './actions';
import { App } from './App';
import { CHECK_WORKER_SCRIPT } from './offThread';
import { describeError } from './officeErrors';

interface Host {
  hostReady: boolean;
  actions?: TaskpaneActions;
  diagnostics?: Diagnostics;
}

/** Resolves whether Excel is the host and, if so, what it supports and the actions over Excel.run. */
async function detectHost(): Promise<Host> {
  if (typeof Office === 'undefined') return { hostReady: false };
  const info = await Office.onReady();
  const diagnostics = readDiagnostics(Office.context, packageJson.version);
  if (info.host !== Office.HostType.Excel) return { hostReady: false, diagnostics };
  return {
    hostReady: true,
    diagnostics,
    actions: createActions({
      run: (job) => Excel.run((context) => job(context)),
      notesSupported: Office.context.requirements.isSetSupported('ExcelApi', '1.18'),
      ...(typeof Worker === 'undefined' ? {} : { spawnWorker: () => new Worker(CHECK_WORKER_SCRIPT) }),
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
  container.textContent = '';
  createRoot(container).render(<App hostReady={host.hostReady} actions={host.actions} diagnostics={host.diagnostics} />);
}

void start();
