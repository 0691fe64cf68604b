/**
 * Task pane entry: waits for Office, then renders the shell. In a plain browser (office.js loaded but no
 * Office host) it renders the same UI with a notice that the workbook cannot be reached.
 */
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { STRINGS, uiLanguage } from './strings';

/** Resolves whether Excel is the host and, if so, Office's display language. */
async function detectHost(): Promise<{ hostReady: boolean; displayLanguage?: string }> {
  if (typeof Office === 'undefined') return { hostReady: false };
  const info = await Office.onReady();
  if (info.host !== Office.HostType.Excel) return { hostReady: false };
  return { hostReady: true, displayLanguage: Office.context.displayLanguage };
}

async function start(): Promise<void> {
  const container = document.getElementById('root');
  if (!container) throw new Error('taskpane.html has no #root element');
  const { hostReady, displayLanguage } = await detectHost();
  container.textContent = '';
  createRoot(container).render(<App strings={STRINGS[uiLanguage(displayLanguage)]} hostReady={hostReady} />);
}

void start();
