#!/usr/bin/env node
/**
 * Writes the bad-input corpus (test/corpus/cases.ts) into a folder, to open the cases in Excel or
 * WPS or to run the CLI on them by hand: `node scripts/generate-corpus.js OUT_DIR`. The test
 * (test/corpus/corpus.test.ts) builds the same files in a temporary folder; nothing is committed.
 * Also writes OUT_DIR/README.txt listing each case, what is wrong and its expected outcome.
 */
'use strict';

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { transpile } = require('../bench/common');

async function main() {
  const out = process.argv[2];
  if (!out) {
    process.stderr.write('用法：node scripts/generate-corpus.js 输出文件夹\n');
    process.exitCode = 2;
    return;
  }
  const build = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-build-'));
  try {
    transpile(['src/core', 'src/xlsx', 'test/corpus'], build);
    const { CORPUS } = require(path.join(build, 'test/corpus/cases'));
    fs.mkdirSync(out, { recursive: true });
    const lines = [];
    for (const c of CORPUS) {
      const file = `${c.name}${c.extension ?? '.xlsx'}`;
      fs.writeFileSync(path.join(out, file), await c.build());
      lines.push(`${file}\t${c.what}\t${JSON.stringify(c.outcome)}`);
    }
    fs.writeFileSync(path.join(out, 'README.txt'), `${lines.join('\n')}\n`);
    process.stdout.write(`已写出 ${CORPUS.length} 个样本到 ${out}\n`);
  } finally {
    fs.rmSync(build, { recursive: true, force: true });
  }
}

main().catch((error) => {
  process.stderr.write(`${error.stack ?? error}\n`);
  process.exitCode = 1;
});
