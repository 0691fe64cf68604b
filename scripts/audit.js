#!/usr/bin/env node
/**
 * 依赖安全审计 — runs `npm audit --omit=dev --json` and fails on any high or critical advisory in
 * the runtime dependencies that `audit-allowlist.json` does not list with a reason (issue 9 §4).
 * Prints one line. Exit codes: 0 no unreviewed high/critical advisory; 1 some found (listed);
 * 2 the audit could not run (no registry, an npm error) or the allowlist is malformed — CI must
 * not read "could not check" as "safe".
 *
 * The allowlist: { "advisories": [ { "id": "GHSA-…" | advisory number, "package": "name",
 * "reason": "why it does not affect us", "reviewed": "YYYY-MM-DD" } ] }.
 */
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const ROOT = path.resolve(__dirname, '..');
const ALLOWLIST = path.join(ROOT, 'audit-allowlist.json');
const FAILING = new Set(['high', 'critical']);

class AuditError extends Error {}

/** Reads and validates the allowlist: every entry names an advisory and a package and gives a reason. */
function readAllowlist(text) {
  let data;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new AuditError(`audit-allowlist.json is not JSON: ${error.message}`);
  }
  const entries = data && Array.isArray(data.advisories) ? data.advisories : undefined;
  if (!entries) throw new AuditError('audit-allowlist.json needs an "advisories" array');
  entries.forEach((entry, i) => {
    const id = entry && entry.id;
    if (!(typeof id === 'string' || typeof id === 'number') || String(id).trim() === '') throw new AuditError(`allowlist entry ${i + 1} has no id`);
    if (typeof entry.package !== 'string' || entry.package.trim() === '') throw new AuditError(`allowlist entry ${i + 1} (${id}) names no package`);
    if (typeof entry.reason !== 'string' || entry.reason.trim().length < 10) throw new AuditError(`allowlist entry ${i + 1} (${id}) gives no reason`);
  });
  return entries;
}

/** The GHSA id of an advisory (from its URL), else its numeric source. */
function advisoryId(via) {
  const ghsa = /GHSA-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}/i.exec(via.url || '');
  return ghsa ? ghsa[0] : String(via.source ?? via.title ?? 'unknown');
}

/**
 * The high and critical advisories of an `npm audit --json` report (format 2), each with whether
 * the allowlist covers it. A package flagged only through another package (a `via` that is a
 * name) is covered by that package's own advisory.
 * @throws AuditError when the report is an npm error rather than an audit
 */
function evaluate(report, allowlist) {
  if (!report || typeof report !== 'object') throw new AuditError('npm audit gave no JSON report');
  if (report.error || report.statusCode || !report.vulnerabilities) {
    const why = report.message || (report.error && (report.error.summary || report.error.code)) || 'no vulnerabilities section';
    throw new AuditError(`npm audit did not run: ${String(why).split('\n')[0]}`);
  }
  const found = new Map();
  for (const vulnerability of Object.values(report.vulnerabilities)) {
    for (const via of vulnerability.via || []) {
      if (typeof via !== 'object' || !FAILING.has(via.severity)) continue;
      const id = advisoryId(via);
      const key = `${via.name || vulnerability.name}:${id}`;
      if (found.has(key)) continue;
      const allowed = allowlist.some((entry) => String(entry.id).toLowerCase() === id.toLowerCase() && entry.package === (via.name || vulnerability.name));
      found.set(key, { id, package: via.name || vulnerability.name, severity: via.severity, title: via.title || '', allowed });
    }
  }
  return [...found.values()];
}

/** The one-line verdict and exit code for a list of advisories. */
function verdict(advisories) {
  const open = advisories.filter((a) => !a.allowed);
  const allowed = advisories.length - open.length;
  if (open.length === 0) {
    return { code: 0, line: `npm audit --omit=dev: no unreviewed high or critical advisory${allowed ? ` (${allowed} allowlisted)` : ''}` };
  }
  const list = open.map((a) => `${a.package} ${a.id} (${a.severity}${a.title ? `: ${a.title}` : ''})`).join('; ');
  return { code: 1, line: `npm audit --omit=dev: ${open.length} high/critical advisory not in audit-allowlist.json — ${list}` };
}

function main() {
  try {
    const allowlist = readAllowlist(fs.readFileSync(ALLOWLIST, 'utf8'));
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const result = spawnSync(npm, ['audit', '--omit=dev', '--json'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20, timeout: 120_000 });
    if (result.error) throw new AuditError(`npm audit did not run: ${result.error.message}`);
    let report;
    try {
      report = JSON.parse(result.stdout);
    } catch {
      throw new AuditError(`npm audit did not run: ${(result.stderr || 'no output').trim().split('\n').pop()}`);
    }
    const { code, line } = verdict(evaluate(report, allowlist));
    process.stdout.write(`${line}\n`);
    process.exitCode = code;
  } catch (error) {
    if (!(error instanceof AuditError)) throw error;
    process.stdout.write(`${error.message}\n`);
    process.exitCode = 2;
  }
}

module.exports = { evaluate, verdict, readAllowlist, AuditError };
if (require.main === module) main();
