/**
 * The same Word builder in a browser (the task pane's download): the report code is bundled for the
 * web with webpack — no Node polyfills — and run in headless Chromium; the bytes it returns are a
 * .docx holding the sample's report. Chromium is taken from CHROMIUM_PATH or /usr/bin/chromium.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { chromium } from 'playwright-core';
import webpack from 'webpack';

const ROOT = path.resolve(__dirname, '../..');
const ARTIFACTS = path.join(ROOT, 'test-artifacts/report-browser');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function bundle(): Promise<string> {
  const compiler = webpack({
    mode: 'development',
    devtool: false,
    target: 'web',
    entry: path.join(__dirname, 'browser-entry.ts'),
    output: { path: ARTIFACTS, filename: 'report-bundle.js' },
    resolve: { extensions: ['.ts', '.js'] },
    module: { rules: [{ test: /\.ts$/, loader: 'ts-loader', options: { transpileOnly: true } }] },
  });
  return new Promise((resolve, reject) => {
    compiler.run((error, stats) => {
      if (error) return reject(error);
      if (stats?.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
      resolve(path.join(ARTIFACTS, 'report-bundle.js'));
    });
  });
}

describe('buildDocx in a browser', () => {
  it('bundles for the web and writes the sample report in Chromium', async () => {
    fs.rmSync(ARTIFACTS, { recursive: true, force: true });
    const script = await bundle();
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.setContent('<!DOCTYPE html><html><body></body></html>');
      await page.addScriptTag({ path: script });
      const bytes = await page.evaluate(() => (window as unknown as { makeReport: () => Promise<number[]> }).makeReport());
      expect(errors).toEqual([]);
      const docx = path.join(ARTIFACTS, 'browser.docx');
      fs.writeFileSync(docx, Buffer.from(bytes));
      const xml = execFileSync('unzip', ['-p', docx, 'word/document.xml'], { encoding: 'utf8', maxBuffer: 64 << 20 });
      expect(xml.includes('2024年度部门预算公开')).toBe(true);
      expect(xml.includes('表十三 2024年项目支出预算表（上年结转）')).toBe(true);
      expect(execFileSync('unzip', ['-l', docx], { encoding: 'utf8' }).match(/word\/media\/\S+\.png/g)).toHaveLength(2);
    } finally {
      await browser.close();
    }
  }, 120_000);
});
