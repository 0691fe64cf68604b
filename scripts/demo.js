/**
 * npm run demo — runs the built CLI (after `npm run build:cli`) the way a user would and lists what
 * it wrote to out/. Each step is one CLI call; later features add their step to STEPS.
 */
'use strict';

const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const BIN = path.join(ROOT, 'bin', 'budget-disclosure.js');
const OUT = path.join(ROOT, 'out');

/** What the demo does, in order: a title and the CLI arguments. Outputs are replaced (--force) on every run. */
const STEPS = [
  {
    title: '示例工作簿：阳城县应急管理局 2024 年部门预算公开的 13 张表',
    args: ['sample', '-o', path.join(OUT, '阳城县应急管理局-2024-示例.xlsx'), '--force'],
  },
  {
    title: '空白模板：2025 年 13 张表，可直接填写',
    args: ['template', '-o', path.join(OUT, '空白模板-2025.xlsx'), '--year', '2025', '--force'],
  },
  {
    title: '校验：识别 13 张表，逐行、逐列、跨表核对合计（尾差列为提示信息，不算错误）',
    args: ['check', path.join(OUT, '阳城县应急管理局-2024-示例.xlsx')],
  },
  {
    title: '情况说明：由表格数字和参数表生成第三部分',
    args: ['narrative', path.join(OUT, '阳城县应急管理局-2024-示例.xlsx'), '-o', path.join(OUT, '阳城县应急管理局-2024-情况说明.md'), '--force'],
  },
  {
    title: '公开文档：示例的 Word 版（封面、目录、报表、情况说明及图、名词解释）',
    args: ['report', path.join(OUT, '阳城县应急管理局-2024-示例.xlsx'), '-o', path.join(OUT, '阳城县应急管理局-2024-预算公开.docx'), '--force'],
  },
];

function main() {
  fs.mkdirSync(OUT, { recursive: true });
  for (const [i, step] of STEPS.entries()) {
    console.log(`\n[${i + 1}/${STEPS.length}] ${step.title}`);
    console.log(`$ budget-disclosure ${step.args.map(quote).join(' ')}`);
    const result = spawnSync(process.execPath, [BIN, ...step.args], { cwd: ROOT, stdio: 'inherit' });
    if (result.status !== 0) {
      console.error(`演示在第 ${i + 1} 步失败（退出码 ${result.status}）。`);
      process.exit(result.status || 1);
    }
  }
  console.log(`\n已写出 (written to ${path.relative(ROOT, OUT)}/):`);
  for (const name of fs.readdirSync(OUT).sort()) {
    const size = fs.statSync(path.join(OUT, name)).size;
    console.log(`  ${name}  ${(size / 1024).toFixed(1)} KB`);
  }
}

/** Shows an argument as a shell would need it, relative to the project folder. */
function quote(arg) {
  const shown = path.isAbsolute(arg) ? path.relative(ROOT, arg) : arg;
  return /[\s"'$]/.test(shown) ? JSON.stringify(shown) : shown;
}

main();
