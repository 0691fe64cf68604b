/**
 * Bundles test/browser/fake-host.ts (the fake Excel host) into a built dist/, as `fake-host.js`.
 * A test-only bundle: the production build never contains it.
 */
import { join } from 'node:path';
import webpack from 'webpack';
import { ROOT } from '../build/manifest-xml';

export const FAKE_HOST_SCRIPT = 'fake-host.js';

export function buildFakeHost(dist: string): Promise<void> {
  const compiler = webpack({
    mode: 'development',
    devtool: false,
    context: ROOT,
    entry: join(__dirname, 'fake-host.ts'),
    output: { path: dist, filename: FAKE_HOST_SCRIPT },
    resolve: { extensions: ['.ts', '.js'] },
    module: {
      rules: [{ test: /\.ts$/, exclude: /node_modules/, loader: 'ts-loader', options: { transpileOnly: true, compilerOptions: { module: 'esnext' } } }],
    },
  });
  return new Promise((resolve, reject) => {
    compiler.run((error, stats) => {
      compiler.close(() => undefined);
      if (error) reject(error);
      else if (stats?.hasErrors()) reject(new Error(stats.toString({ all: false, errors: true })));
      else resolve();
    });
  });
}
