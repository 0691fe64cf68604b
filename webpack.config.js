/**
 * Production build of the add-in (npm run build → dist/), laid out for hosting on any static https server,
 * including an intranet one with no internet: office.js and the Excel host files it loads are copied from
 * @microsoft/office-js next to taskpane.html, so nothing is fetched from a CDN at run time.
 *
 * dist/
 *   taskpane.html        the shared runtime's one page: office.js, then the functions and taskpane bundles
 *   taskpane.js          React + Fluent UI shell; each panel is a lazily loaded chunk (panel-*.js)
 *   functions.js         BUDGET.* custom functions (src/functions/functions.ts)
 *   check-worker.js      the Web Worker that runs 校验's recognition and rules off the pane's UI thread
 *   exceljs.*.js         ExcelJS, which that worker loads only to read last year's workbook (选择上年工作簿)
 *   functions.json       their metadata, generated from the JSDoc by custom-functions-metadata-plugin, in zh-CN
 *   functions.en-US.json the same in English (scripts/localize-functions.js; the manifest names both)
 *   office.js, excel-*.js, <locale>/office_strings.js, telemetry/…   the local office.js
 *   assets/icon-*.png, manifest.xml
 */
const fs = require('fs');
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const CustomFunctionsMetadataPlugin = require('custom-functions-metadata-plugin');
const { localizeMetadata, METADATA_FILES } = require('./scripts/localize-functions');

const OFFICE_JS_DIST = path.dirname(require.resolve('@microsoft/office-js/dist/office.js'));

/** The origin manifest.xml names for development (webpack dev-server). */
const DEV_ORIGIN = 'https://localhost:3000';

/**
 * manifest.xml for the server that will host dist/: every development URL moved to `origin`.
 * `ADDIN_ORIGIN=https://yusuan.example.gov.cn npm run build` writes such a manifest into dist/.
 * @throws Error when `origin` is not an https origin (scheme and host, optional port, no path)
 */
function manifestForOrigin(xml, origin) {
  if (!/^https:\/\/[A-Za-z0-9.-]+(:\d+)?$/.test(origin)) {
    throw new Error(`ADDIN_ORIGIN must be an https origin such as https://yusuan.example.gov.cn (no path, no trailing slash), not "${origin}"`);
  }
  return xml.split(DEV_ORIGIN).join(origin);
}
const FUNCTIONS_SOURCE = './src/functions/functions.ts';

/**
 * The page's Content-Security-Policy: everything from our own origin only. Styles also allow inline
 * because Fluent UI v9 (Griffel) inserts its atomic CSS as <style> elements at run time.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "connect-src 'self'",
  // The check worker (check-worker.js) is one of our own scripts.
  "worker-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "object-src 'none'",
  "base-uri 'self'",
].join('; ');

/**
 * The office.js files an Excel add-in needs: the loader, every Excel host file (desktop, Mac, web, iPad),
 * the custom-functions runtime, the locale strings and the telemetry module office.js loads by relative
 * path. Debug builds and other hosts' files (Word, Outlook, PowerPoint, …) are left out.
 */
const OFFICE_JS_FILES = [
  'office.js',
  'excel-*.js',
  'excelios-*.js',
  'excelwebapp-*.js',
  'custom-functions-runtime.js',
  'o15apptofilemappingtable.js',
  'es6-promise.js',
  'telemetry/oteljs*.js',
  '*/office_strings.js',
];

/**
 * Rewrites the generated functions.json into one file per locale (scripts/localize-functions.js):
 * functions.json in zh-CN, the manifest's default, and functions.en-US.json.
 */
class LocalizedFunctionsMetadataPlugin {
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap('LocalizedFunctionsMetadata', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'LocalizedFunctionsMetadata', stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONS }, () => {
        const generated = compilation.getAsset('functions.json');
        if (!generated) return;
        const metadata = JSON.parse(generated.source.source().toString());
        for (const [locale, file] of Object.entries(METADATA_FILES)) {
          const source = new sources.RawSource(JSON.stringify(localizeMetadata(metadata, locale), null, 2));
          if (compilation.getAsset(file)) compilation.updateAsset(file, source);
          else compilation.emitAsset(file, source);
        }
      });
    });
  }
}

module.exports = (_env, argv) => {
  const production = argv.mode !== 'development';
  // The functions bundle is built once src/functions/functions.ts exists (written by the Excel helper).
  const withFunctions = fs.existsSync(path.join(__dirname, FUNCTIONS_SOURCE));
  return {
    mode: production ? 'production' : 'development',
    // No eval-based source maps: the page's CSP (script-src 'self') forbids eval in development too.
    devtool: production ? false : 'source-map',
    entry: {
      taskpane: './src/taskpane/index.tsx',
      // 校验's core work, run off the pane's UI thread (src/taskpane/offThread.ts); never in the page's <script>s.
      // Its own chunks (the xlsx reader with ExcelJS, for last year's workbook) load with importScripts:
      // a worker has no document to add a <script> to.
      'check-worker': { import: './src/taskpane/check.worker.ts', chunkLoading: 'import-scripts' },
      ...(withFunctions ? { functions: FUNCTIONS_SOURCE } : {}),
    },
    output: {
      path: path.join(__dirname, 'dist'),
      filename: '[name].js',
      chunkFilename: '[name].[contenthash:8].js',
      clean: true,
    },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          loader: 'ts-loader',
          // ES modules so that webpack sees dynamic import() and splits each panel into its own chunk.
          options: { transpileOnly: true, compilerOptions: { module: 'esnext', sourceMap: !production } },
        },
      ],
    },
    plugins: [
      ...(withFunctions
        ? [new CustomFunctionsMetadataPlugin({ output: 'functions.json', input: FUNCTIONS_SOURCE }), new LocalizedFunctionsMetadataPlugin()]
        : []),
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        // In the shared runtime this one page hosts both the task pane and the custom functions.
        chunks: withFunctions ? ['functions', 'taskpane'] : ['taskpane'],
        chunksSortMode: 'manual',
        scriptLoading: 'defer',
        contentSecurityPolicy: CONTENT_SECURITY_POLICY,
      }),
      new CopyWebpackPlugin({
        patterns: [
          ...OFFICE_JS_FILES.map((pattern) => ({
            from: pattern,
            context: OFFICE_JS_DIST,
            globOptions: { ignore: ['**/*.debug.js'] },
            // Microsoft's files are already minified; re-minifying would only cost build time and risk.
            info: { minimized: true },
          })),
          { from: 'assets/icon-*.png', to: 'assets/[name][ext]' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) => (process.env.ADDIN_ORIGIN ? manifestForOrigin(content.toString('utf8'), process.env.ADDIN_ORIGIN) : content),
          },
        ],
      }),
    ],
    optimization: {
      splitChunks: {
        cacheGroups: {
          // ExcelJS (its package's "browser" build, self-contained: no Node polyfills of ours) in a chunk
          // named for it, fetched by the check worker only when last year's workbook was chosen in 校验.
          exceljs: { test: /[\\/]node_modules[\\/]exceljs[\\/]/, name: 'exceljs', chunks: 'async', enforce: true },
        },
      },
    },
    performance: {
      // office.js's host files are large by nature and never part of the initial task pane bundle; nor is
      // exceljs.*.js (about 0.9 MB), loaded on demand as above.
      assetFilter: (asset) => !asset.startsWith('excel') && asset.endsWith('.js'),
      maxEntrypointSize: 700 * 1024,
      maxAssetSize: 700 * 1024,
    },
    devServer: {
      static: { directory: path.join(__dirname, 'dist') },
      port: 3000,
      server: 'https',
      headers: { 'Access-Control-Allow-Origin': '*' },
    },
  };
};

module.exports.manifestForOrigin = manifestForOrigin;
module.exports.DEV_ORIGIN = DEV_ORIGIN;
