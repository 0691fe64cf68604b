/**
 * API audit (issue 18 item 1): every Office.js member the add-in uses — in src/excel, src/taskpane
 * and src/functions — with the requirement set it needs, read through the TypeScript compiler from
 * the `[Api set: …]` annotations of @types/office-js (and @types/custom-functions-runtime), held
 * against what manifest.xml declares.
 *
 * - The jobs in src/excel reach Excel through the subset interfaces of src/excel/api.ts; a member
 *   declared there is looked up on the Excel class it stands for (`RangeApi` → `Excel.Range`,
 *   `ExcelContext` → `Excel.RequestContext`), which the compiler already holds the subset to.
 * - Annotations that differ by use ("ExcelApi 1.1 for reading visibility; 1.2 for setting it",
 *   "1.1 / 1.3 … may be a Range object") count their first version for a read and their highest for
 *   a write or a call.
 * - Code under src/functions runs only where the manifest's VersionOverrides apply (the shared
 *   runtime with the custom functions), so it may use what those Requirements add; the task pane's
 *   and the jobs' code only what the base Requirements declare.
 * - A member beyond that is allowed only when a feature of src/excel/diagnostics.ts (FEATURES)
 *   gates it — lists it under `gates`, needs a set at least as new — and every file that uses it
 *   checks that feature: reads it from `ExcelCapabilities` (src/excel/capabilities.ts, which asks
 *   `isSetSupported` for each feature) or calls `isSetSupported('<set>', '<version>')` itself. The
 *   fallbacks are exercised by the tests on a fake Excel that refuses newer members as an old
 *   Excel does (test/excel/compat.test.ts plays ExcelApi 1.4, marks.test.ts Excel 2021).
 *
 * `node scripts/api-audit.js` prints the members as a Markdown table and exits 1 on a problem;
 * test/excel/api-audit.test.ts runs it in `npm test`, and on a fixture with a newer member.
 */
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const ts = require('typescript');

const ROOT = path.resolve(__dirname, '..');
const AUDITED = ['src/excel', 'src/taskpane', 'src/functions'];
/** The declaration files whose `[Api set: …]` annotations count. */
const API_TYPES = /node_modules\/@types\/(office-js|custom-functions-runtime)\//;
const SUBSET_FILE = path.join(ROOT, 'src/excel/api.ts');
const CAPABILITIES_FILE = path.join(ROOT, 'src/excel/capabilities.ts');
const SUBSET_TO_REAL = { ExcelContext: 'RequestContext' };

/** `1.13` > `1.9`: requirement-set versions compared by their numbers. */
function compareVersions(a, b) {
  const [a1, a2] = a.split('.').map(Number);
  const [b1, b2] = b.split('.').map(Number);
  return a1 - b1 || (a2 ?? 0) - (b2 ?? 0);
}

/**
 * What manifest.xml declares: the base Requirements (where the add-in loads at all) and those of
 * its VersionOverrides (shared runtime, ribbon, custom functions), as set name → minimum version.
 */
function declaredSets(manifestXml) {
  const sets = (xml) => {
    const found = {};
    for (const match of xml.matchAll(/<(?:bt:)?Set\s+Name="([^"]+)"(?:\s+MinVersion="([^"]+)")?\s*\/>/g)) found[match[1]] = match[2] ?? '1.1';
    return found;
  };
  const overridesStart = manifestXml.indexOf('<VersionOverrides');
  const base = overridesStart < 0 ? manifestXml : manifestXml.slice(0, overridesStart);
  const overridesRequirements = /<VersionOverrides[\s\S]*?<Requirements>([\s\S]*?)<\/Requirements>/.exec(manifestXml);
  const baseSets = sets(/<Requirements>([\s\S]*?)<\/Requirements>/.exec(base)?.[1] ?? '');
  return { base: baseSets, overrides: { ...baseSets, ...sets(overridesRequirements?.[1] ?? '') } };
}

/** The files audited: every .ts/.tsx under the audited folders, plus any extra (test fixtures). */
function auditedFiles(extra = []) {
  const walk = (dir) =>
    fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return walk(full);
      return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [full] : [];
    });
  return [...AUDITED.flatMap((dir) => walk(path.join(ROOT, dir))), ...extra.map((file) => path.resolve(file))];
}

function createProgram(files) {
  const config = ts.getParsedCommandLineOfConfigFile(path.join(ROOT, 'tsconfig.json'), {}, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
      throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
    },
  });
  return ts.createProgram({ rootNames: files, options: { ...config.options, noEmit: true } });
}

/** The annotation of a declaration: `{ set, read, write }` or undefined where it has none. */
function apiSetOf(declaration) {
  const text = ts.getJSDocCommentsAndTags(declaration).map((doc) => doc.getText()).join('\n');
  const match = /\[Api set: ([^\]]+)\]/.exec(text);
  if (!match) return undefined;
  const setName = /^([A-Za-z]+)\s/.exec(match[1])?.[1];
  const versions = [...match[1].matchAll(/\b(\d+\.\d+)\b/g)].map((m) => m[1]);
  if (!setName || versions.length === 0) return undefined;
  return { set: setName, read: versions[0], write: versions.slice().sort(compareVersions).pop(), note: match[1] };
}

/** `Excel.Range.values` for a member declaration (its class or interface and namespace). */
function qualifiedName(declaration, member) {
  const names = [];
  for (let node = declaration.parent; node; node = node.parent) {
    if ((ts.isClassDeclaration(node) || ts.isInterfaceDeclaration(node) || ts.isModuleDeclaration(node) || ts.isEnumDeclaration(node)) && node.name) {
      names.unshift(node.name.text);
    }
  }
  return [...names, member].join('.');
}

/** Whether a property access is written to (the left of an assignment) rather than read. */
function isWrite(node) {
  const parent = node.parent;
  return ts.isBinaryExpression(parent) && parent.left === node && parent.operatorToken.kind >= ts.SyntaxKind.FirstAssignment && parent.operatorToken.kind <= ts.SyntaxKind.LastAssignment;
}

function isCall(node) {
  return ts.isCallExpression(node.parent) && node.parent.expression === node;
}

/**
 * Every Office.js member used in `files`, with its requirement: one entry per member, with the
 * files and lines that use it and whether any use is a write or call.
 */
function collectMembers(program, files) {
  const checker = program.getTypeChecker();
  const excelClasses = new Map();
  const realClass = (name) => {
    if (excelClasses.has(name)) return excelClasses.get(name);
    const officeTypes = program.getSourceFiles().find((file) => /@types\/office-js\/index\.d\.ts$/.test(file.fileName));
    const excel = officeTypes && checker.getSymbolsInScope(officeTypes, ts.SymbolFlags.Namespace).find((symbol) => symbol.name === 'Excel');
    const found = excel && checker.getExportsOfModule(excel).find((symbol) => symbol.name === name && symbol.flags & ts.SymbolFlags.Class);
    const type = found ? checker.getDeclaredTypeOfSymbol(found) : undefined;
    excelClasses.set(name, type);
    return type;
  };

  const members = new Map();
  const unmapped = [];
  const record = (name, apiSet, use, where) => {
    const entry = members.get(name) ?? { member: name, apiSet, uses: [], written: false };
    entry.uses.push(where);
    if (use !== 'read') entry.written = true;
    members.set(name, entry);
  };

  /** Records the member `name` of `type` (an Office.js class or a subset interface) used at `node`. */
  const useMember = (type, name, node, use, source, file) => {
    const symbol = type && checker.getPropertyOfType(type, name);
    const declaration = symbol?.declarations?.[0];
    if (!declaration) return;
    const where = `${path.relative(ROOT, file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
    const declaredIn = declaration.getSourceFile().fileName;
    if (API_TYPES.test(declaredIn)) {
      record(qualifiedName(declaration, name), apiSetOf(declaration), use, where);
    } else if (path.resolve(declaredIn) === SUBSET_FILE) {
      const subset = declaration.parent;
      const subsetName = ts.isInterfaceDeclaration(subset) ? subset.name.text : undefined;
      const className = subsetName && (SUBSET_TO_REAL[subsetName] ?? subsetName.replace(/Api$/, ''));
      const real = className && realClass(className);
      const realDeclaration = real && checker.getPropertyOfType(real, name)?.declarations?.[0];
      if (!realDeclaration) unmapped.push(`${where}: ${subsetName ?? '?'}.${name} has no Excel.${className ?? '?'} member`);
      else record(qualifiedName(realDeclaration, name), apiSetOf(realDeclaration), use, where);
    }
  };

  for (const file of files) {
    const source = program.getSourceFile(file);
    if (!source) throw new Error(`${file} is not part of the program`);
    const visit = (node) => {
      if (ts.isPropertyAccessExpression(node)) {
        const symbol = checker.getSymbolAtLocation(node.name);
        // Namespace members (Excel.run, Office.onReady) have no receiver type: their symbol is the member.
        const receiver = symbol?.declarations?.[0] && !ts.isClassElement(symbol.declarations[0]) && !ts.isTypeElement(symbol.declarations[0])
          ? undefined
          : checker.getTypeAtLocation(node.expression);
        const use = isWrite(node) ? 'write' : isCall(node) ? 'call' : 'read';
        if (receiver) useMember(receiver, node.name.text, node.name, use, source, file);
        else if (symbol?.declarations?.[0] && API_TYPES.test(symbol.declarations[0].getSourceFile().fileName)) {
          const where = `${path.relative(ROOT, file)}:${source.getLineAndCharacterOfPosition(node.name.getStart()).line + 1}`;
          record(qualifiedName(symbol.declarations[0], node.name.text), apiSetOf(symbol.declarations[0]), use, where);
        }
        // load(['values', 'items/name']): the properties named are read from the receiver (or its items).
        if (node.name.text === 'load' && isCall(node)) {
          for (const argument of node.parent.arguments) {
            const names = ts.isArrayLiteralExpression(argument) ? argument.elements : [argument];
            for (const literal of names.filter(ts.isStringLiteralLike)) {
              for (const name of literal.text.split(',').map((part) => part.trim())) {
                const items = name.startsWith('items/');
                const itemType = items ? checker.getTypeAtLocation(node.expression).getProperty('items') : undefined;
                const target = items
                  ? itemType && checker.getIndexTypeOfType(checker.getTypeOfSymbolAtLocation(itemType, node), ts.IndexKind.Number)
                  : checker.getTypeAtLocation(node.expression);
                useMember(target, items ? name.slice('items/'.length) : name, literal, 'read', source, file);
              }
            }
          }
        }
      }
      // const { rowIndex, rowCount } = used: each property is read from the object.
      if (ts.isVariableDeclaration(node) && ts.isObjectBindingPattern(node.name) && node.initializer) {
        const type = checker.getTypeAtLocation(node.initializer);
        for (const element of node.name.elements) {
          const name = (element.propertyName ?? element.name).getText();
          useMember(type, name, element, 'read', source, file);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return { members: [...members.values()].sort((a, b) => a.member.localeCompare(b.member)), unmapped };
}

/** The version a member needs as the add-in uses it (reads only: the first; else the highest). */
function neededVersion(entry) {
  return entry.apiSet && (entry.written ? entry.apiSet.write : entry.apiSet.read);
}

/** FEATURES of src/excel/diagnostics.ts, read from its source: id, set, version, gates. */
function readFeatures(program) {
  const source = program.getSourceFile(path.join(ROOT, 'src/excel/diagnostics.ts'));
  let features;
  const visit = (node) => {
    if (ts.isVariableDeclaration(node) && node.name.getText() === 'FEATURES' && node.initializer && ts.isArrayLiteralExpression(node.initializer)) {
      features = node.initializer.elements.map((element) => {
        const feature = {};
        for (const property of element.properties) {
          const value = property.initializer;
          if (ts.isStringLiteral(value)) feature[property.name.text] = value.text;
          else if (ts.isArrayLiteralExpression(value)) feature[property.name.text] = value.elements.map((item) => item.text);
        }
        return feature;
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  if (!features) throw new Error('src/excel/diagnostics.ts declares no FEATURES array');
  return features;
}

/**
 * The feature checks of each audited file (by its path relative to the root): `feature <id>` for a
 * feature read from an `ExcelCapabilities` (`capabilities.mergedAreas`, `const { mergedAreas } =
 * …`), `set <set> <version>` for a literal `isSetSupported('<set>', '<version>')` call.
 */
function featureChecks(program, files) {
  const checker = program.getTypeChecker();
  const isCapabilities = (type) => {
    const declaration = type?.getSymbol()?.declarations?.[0];
    return type?.getSymbol()?.getName() === 'ExcelCapabilities' && path.resolve(declaration.getSourceFile().fileName) === CAPABILITIES_FILE;
  };
  const checks = new Map();
  for (const file of files) {
    const found = new Set();
    const visit = (node) => {
      if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === 'isSetSupported') {
        const [set, version] = node.arguments;
        if (set && ts.isStringLiteral(set)) found.add(`set ${set.text} ${version && ts.isStringLiteral(version) ? version.text : '1.1'}`);
      }
      if (ts.isPropertyAccessExpression(node) && isCapabilities(checker.getTypeAtLocation(node.expression))) found.add(`feature ${node.name.text}`);
      if (ts.isVariableDeclaration(node) && ts.isObjectBindingPattern(node.name) && node.initializer && isCapabilities(checker.getTypeAtLocation(node.initializer))) {
        for (const element of node.name.elements) found.add(`feature ${(element.propertyName ?? element.name).getText()}`);
      }
      ts.forEachChild(node, visit);
    };
    visit(program.getSourceFile(file));
    checks.set(path.relative(ROOT, file), found);
  }
  return checks;
}

/**
 * The requirement of members named as the audit names them (`Excel.Range.getResizedRange`), read
 * from their annotations whether or not the add-in uses them: `ExcelApi 1.2` (the version a write
 * or call needs), or undefined for a member without a requirement set or not found.
 */
function lookUpMembers(program, names) {
  const checker = program.getTypeChecker();
  const officeTypes = program.getSourceFiles().find((file) => /@types\/office-js\/index\.d\.ts$/.test(file.fileName));
  const excel = officeTypes && checker.getSymbolsInScope(officeTypes, ts.SymbolFlags.Namespace).find((symbol) => symbol.name === 'Excel');
  const found = {};
  for (const name of names) {
    const [namespace, className, member] = name.split('.');
    const classSymbol = namespace === 'Excel' && excel && checker.getExportsOfModule(excel).find((symbol) => symbol.name === className && symbol.flags & ts.SymbolFlags.Class);
    const declaration = classSymbol && checker.getPropertyOfType(checker.getDeclaredTypeOfSymbol(classSymbol), member)?.declarations?.[0];
    const apiSet = declaration && apiSetOf(declaration);
    found[name] = apiSet ? `${apiSet.set} ${apiSet.write}` : undefined;
  }
  return found;
}

/**
 * Runs the audit. `extraFiles` are audited as if they were part of src/excel (test fixtures);
 * `manifestXml` replaces manifest.xml (tests); `lookUp` names further members whose requirement
 * to read from the annotations (the fake Excel's table is held to them).
 * @returns {{ members, declared, problems: string[], features, lookedUp }}
 */
function auditApi({ extraFiles = [], manifestXml, lookUp = [] } = {}) {
  const files = auditedFiles(extraFiles);
  const program = createProgram([...files, path.join(ROOT, 'src/excel/diagnostics.ts')]);
  const declared = declaredSets(manifestXml ?? fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8'));
  const { members, unmapped } = collectMembers(program, files);
  const features = readFeatures(program);
  const checks = featureChecks(program, files);
  const problems = [...unmapped];

  for (const entry of members) {
    const version = neededVersion(entry);
    if (!version) continue;
    const set = entry.apiSet.set;
    const inFunctions = entry.uses.every((use) => use.startsWith('src/functions/'));
    const allowed = (inFunctions ? declared.overrides : declared.base)[set];
    entry.needs = `${set} ${version}`;
    if (allowed && compareVersions(version, allowed) <= 0) continue;
    const gate = features.find((feature) => (feature.gates ?? []).includes(entry.member));
    if (!gate) {
      problems.push(`${entry.member} needs ${set} ${version} but manifest.xml declares ${allowed ? `${set} ${allowed}` : `no ${set}`} (used at ${entry.uses.join(', ')}); declare it, or gate it behind a feature in src/excel/diagnostics.ts`);
    } else if (gate.set !== set || compareVersions(gate.version, version) < 0) {
      problems.push(`${entry.member} needs ${set} ${version}, more than feature ${gate.id} checks (${gate.set} ${gate.version})`);
    } else {
      const files = [...new Set(entry.uses.map((use) => use.replace(/:\d+$/, '')))];
      const unchecked = files.filter((file) => {
        const found = checks.get(file) ?? new Set();
        return !found.has(`feature ${gate.id}`) && !found.has(`set ${gate.set} ${gate.version}`);
      });
      if (unchecked.length > 0) {
        problems.push(`feature ${gate.id} gates ${entry.member} but ${unchecked.join(', ')} uses it without checking the feature (capabilities.${gate.id}, or isSetSupported('${gate.set}', '${gate.version}'))`);
      } else {
        entry.gatedBy = gate.id;
      }
    }
  }
  for (const feature of features) {
    for (const member of feature.gates ?? []) {
      if (!members.some((entry) => entry.member === member)) problems.push(`feature ${feature.id} gates ${member}, which the add-in no longer uses`);
    }
  }
  return { members, declared, features, problems, lookedUp: lookUpMembers(program, lookUp) };
}

/** The audit as a Markdown table: member, requirement, how it is allowed, where it is used. */
function markdownTable({ members }) {
  const rows = members.map((entry) => {
    const allowed = !entry.needs ? 'every host (no requirement set)' : entry.gatedBy ? `only when ${entry.gatedBy} is on` : 'declared';
    const files = [...new Set(entry.uses.map((use) => use.replace(/:\d+$/, '')))].join(', ');
    return `| \`${entry.member}\` | ${entry.needs ?? '—'} | ${allowed} | ${files} |`;
  });
  return ['| member | needs | allowed as | used in |', '|---|---|---|---|', ...rows].join('\n');
}

module.exports = { auditApi, markdownTable, declaredSets, compareVersions };

if (require.main === module) {
  const result = auditApi();
  console.log(markdownTable(result));
  if (result.problems.length > 0) {
    console.error(`\n${result.problems.length} problem(s):\n${result.problems.map((problem) => `- ${problem}`).join('\n')}`);
    process.exitCode = 1;
  }
}
