/**
 * `npm run validate` (issue 18 item 2): validates add-in manifests offline against the XML schemas in
 * schemas/manifest/ with xmllint (Debian libxml2-utils; .ci/run installs it). No network: --nonet, and
 * the schemas import each other by relative path. The manifest's invariants (shared runtime, resids,
 * https) are checked by test/manifest.test.ts, which `npm run validate` runs next.
 *
 *   node scripts/validate-manifest.js [manifest.xml …]   exit 0 valid, 1 invalid, 2 xmllint missing
 */
'use strict';

const path = require('node:path');
const { spawnSync } = require('node:child_process');

const SCHEMA = path.join(__dirname, '..', 'schemas', 'manifest', 'appforoffice-1.1.xsd');

/**
 * Validates one manifest; returns xmllint's complaints (empty when valid).
 * @throws Error when xmllint is not installed
 */
function validateManifest(file) {
  const result = spawnSync('xmllint', ['--noout', '--nonet', '--schema', SCHEMA, file], { encoding: 'utf8' });
  if (result.error) {
    throw new Error(`xmllint is needed to validate the manifest offline: apt-get install libxml2-utils (${result.error.message})`);
  }
  if (result.status === 0) return [];
  return result.stderr
    .split('\n')
    .filter((line) => line.trim() !== '' && !/ fails to validate$/.test(line));
}

module.exports = { validateManifest, SCHEMA };

if (require.main === module) {
  const files = process.argv.length > 2 ? process.argv.slice(2) : [path.join(__dirname, '..', 'manifest.xml')];
  let status = 0;
  for (const file of files) {
    try {
      const problems = validateManifest(file);
      if (problems.length === 0) {
        console.log(`${file}: 符合清单架构 (valid against ${path.relative(process.cwd(), SCHEMA)})`);
      } else {
        console.error(`${file}: 不符合清单架构 (invalid):\n${problems.map((problem) => `  ${problem}`).join('\n')}`);
        status = 1;
      }
    } catch (error) {
      console.error(error.message);
      status = 2;
    }
  }
  process.exitCode = status;
}
