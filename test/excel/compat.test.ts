/**
 * The task pane's jobs on the oldest Excel that offers the add-in (manifest.xml: ExcelApi 1.4) and
 * the builds between it and a current Excel. The fake Excel plays each and fails, with ApiNotFound,
 * every batch that uses a member newer than it has (test/support/fake-excel/requirements.ts, held
 * to @types/office-js by the API audit's test). Each job asks its capabilities
 * (src/excel/capabilities.ts) and does without what is off, as FEATURES in diagnostics.ts says.
 */
import { clearMarks, markFindings, SEVERITY_FILL } from '../../src/excel/marks';
import { MARK_RECORD_SHEET } from '../../src/excel/marks-record';
import { layOutGrids } from '../../src/excel/layout';
import { readWorkbook } from '../../src/excel/read';
import { narrativeLines, writeNarrativeSheet } from '../../src/excel/narrative';
import { selectCell } from '../../src/excel/select';
import { writeOwnSheet } from '../../src/excel/own-sheet';
import { EVERY_CAPABILITY, type ExcelCapabilities, excelCapabilities, hostCapabilities } from '../../src/excel/capabilities';
import { FEATURES } from '../../src/excel/diagnostics';
import type { Grid, Workbook } from '../../src/core/grid';
import { layoutWorkbook } from '../../src/core/templates';
import { sampleDisclosure } from '../../src/core/sample';
import { paramsSheet, sampleParams } from '../../src/core/params';
import { reviewWorkbook, type WorkbookReview } from '../../src/core/review';
import { recognizeWorkbook } from '../../src/core/recognize';
import { narrativeOfWorkbook } from '../../src/core/narrative';
import { prepareReport, publicTextSheet } from '../../src/core/report';
import { acceptanceFor, acceptanceSheet, isAcceptable, readAcceptances, withAcceptance } from '../../src/core/rules/acceptances';
import { FakeWorkbook, NO_FILL } from '../support/fake-excel';
import { buildSeedWorkbook, mutateSeedCell } from '../support/seedGrids';

/** The manifest's floor: what Excel must have to offer the add-in at all. */
const FLOOR = '1.4';

/** The sample and its 参数 sheet, as 填入示例数据 lays them out. */
function sampleGrids(): Grid[] {
  return [...layoutWorkbook({ family: 'budget13', codeLayout: 'single', ...sampleDisclosure() }), paramsSheet(sampleParams())];
}

/** The capabilities a fake Excel answers, as the task pane reads them from Office.context.requirements. */
function capabilitiesOf(book: FakeWorkbook): ExcelCapabilities {
  return excelCapabilities(book.requirements);
}

/** What a user sees of a review: recognised tables, findings, suspects. */
function seen(review: WorkbookReview): unknown {
  return {
    tables: review.recognition.tables.map((table) => [table.kind, table.sheet, table.title]),
    findings: review.findings,
    suspects: review.suspects,
  };
}

/** The fills of these sheets, for before/after comparisons. */
function fills(book: FakeWorkbook, sheets: readonly string[]): string {
  return JSON.stringify(sheets.map((name) => book.sheet(name).fillSnapshot()));
}

/**
 * The task pane's jobs in the order a user meets them: lay out the sample, read it, check and
 * mark, go to a finding, accept one, write the 情况说明, lay out the 公开文本, clear the marks.
 */
async function journey(book: FakeWorkbook, capabilities: ExcelCapabilities): Promise<{ review: WorkbookReview; marked: number; fillsRestored: boolean; charts: number }> {
  const options = { capabilities };
  const laidOut = await book.run((context) => layOutGrids(context, sampleGrids(), options));
  expect(laidOut).toHaveLength(14);
  const workbook = await book.run((context) => readWorkbook(context, options));
  const review = reviewWorkbook(workbook);
  const before = fills(book, laidOut);
  const marks = await book.run((context) => markFindings(context, review.findings, { ...options, suspects: review.suspects }));
  expect(marks.skipped).toEqual([]);
  const first = review.findings[0]!;
  expect(await book.run((context) => selectCell(context, first.sheet, first.cell))).toBe(true);
  const acceptable = review.findings.find(isAcceptable)!;
  await book.run(async (context) => {
    const stored = readAcceptances(await readWorkbook(context, options));
    await writeOwnSheet(context, acceptanceSheet(withAcceptance(stored, acceptanceFor(acceptable, '尾差，系四舍五入所致', '2025-03-01'))), options);
  });
  const reread = await book.run((context) => readWorkbook(context, options));
  const { narrative } = narrativeOfWorkbook(reread, recognizeWorkbook(reread).tables);
  const narrativeSheet = await book.run((context) => writeNarrativeSheet(context, '情况说明', narrativeLines(narrative), narrative.charts));
  await book.run((context) => layOutGrids(context, [publicTextSheet(prepareReport(reread).document)], options));
  await book.run((context) => clearMarks(context, options));
  return { review, marked: marks.marked, fillsRestored: fills(book, laidOut) === before, charts: book.sheet(narrativeSheet).charts.length };
}

describe('the task pane on an old Excel', () => {
  let current: Awaited<ReturnType<typeof journey>>;
  beforeAll(async () => {
    const book = new FakeWorkbook();
    current = await journey(book, capabilitiesOf(book));
  });

  it.each([
    [FLOOR, 'the floor manifest.xml declares'],
    ['1.7', 'Office 2019'],
    ['1.9', 'Microsoft 365 Version 1903, Mac 16.24'],
    ['1.14', 'Excel 2021'],
  ])('runs every job on ExcelApi %s (%s) without an API error, finding what a current Excel finds', async (excelApi) => {
    const book = new FakeWorkbook({ excelApi });
    const old = await journey(book, capabilitiesOf(book));
    expect(seen(old.review)).toEqual(seen(current.review));
    expect(old.review.recognition.tables).toHaveLength(13);
    expect([old.marked, old.fillsRestored, old.charts]).toEqual([current.marked, current.fillsRestored, current.charts]);
    expect(current.fillsRestored).toBe(true);
    expect(old.marked).toBeGreaterThan(0);
  });

  it('fails those jobs with ApiNotFound on ExcelApi 1.4 when they ignore its capabilities, as that Excel would', async () => {
    const book = new FakeWorkbook({ excelApi: FLOOR });
    const everything = { capabilities: EVERY_CAPABILITY };
    // Suspending calculation (1.6):
    await expect(book.run((context) => layOutGrids(context, sampleGrids(), everything))).rejects.toMatchObject({ code: 'ApiNotFound' });
    const oldBook = FakeWorkbook.fromGrids(buildSeedWorkbook().workbook, { excelApi: FLOOR });
    // Merged areas (1.13):
    await expect(oldBook.run((context) => readWorkbook(context, everything))).rejects.toMatchObject({ code: 'ApiNotFound' });
    // Fill patterns (1.9):
    const finding = { severity: 'error' as const, sheet: '表2', cell: 'C5', message: '合计不等于各列之和' };
    await expect(oldBook.run((context) => markFindings(context, [finding], { ...everything, notes: false }))).rejects.toMatchObject({ code: 'ApiNotFound' });
    expect(oldBook.sheetNames).not.toContain(MARK_RECORD_SHEET);
  });
});

describe('reading without merged areas (before ExcelApi 1.13)', () => {
  /** The workbook as a current Excel and as `excelApi` read the same file. */
  async function readBoth(book: FakeWorkbook, excelApi: string): Promise<{ full: Workbook; withoutMerges: Workbook }> {
    const full = await book.run((context) => readWorkbook(context, { capabilities: capabilitiesOf(book) }));
    const old = book.openedIn({ excelApi });
    const withoutMerges = await old.run((context) => readWorkbook(context, { capabilities: capabilitiesOf(old) }));
    return { full, withoutMerges };
  }

  it('reads the sample’s values without its merges, and recognises all 13 tables with the same findings', async () => {
    const book = new FakeWorkbook();
    await book.run((context) => layOutGrids(context, sampleGrids()));
    const { full, withoutMerges } = await readBoth(book, '1.12');
    expect(full.flatMap((grid) => grid.merges).length).toBeGreaterThan(40);
    expect(withoutMerges.flatMap((grid) => grid.merges)).toEqual([]);
    expect(withoutMerges.map((grid) => grid.values)).toEqual(full.map((grid) => grid.values));
    const [reviewFull, reviewWithout] = [reviewWorkbook(full), reviewWorkbook(withoutMerges)];
    expect(reviewWithout.recognition.tables).toHaveLength(13);
    expect(seen(reviewWithout)).toEqual(seen(reviewFull));
    expect(reviewWithout.summary.error).toBe(0);
    expect(reviewWithout.summary.info).toBeGreaterThan(0);
  });

  it('names the same cell most likely typed wrong in a doctored seed workbook', async () => {
    const built = buildSeedWorkbook();
    const doctored = mutateSeedCell(built, 3, '合计', 2, 4610.52);
    const { full, withoutMerges } = await readBoth(FakeWorkbook.fromGrids(doctored.workbook), FLOOR);
    const reviewWithout = reviewWorkbook(withoutMerges);
    expect(seen(reviewWithout)).toEqual(seen(reviewWorkbook(full)));
    const place = built.cellOf(3, '合计', 2);
    expect(reviewWithout.suspects.map((s) => [s.sheet, s.cell, s.suggested])).toEqual([[place.sheet, place.cell, '4,510.52']]);
  });
});

describe('laying out before ExcelApi 1.9 (no print setup) and 1.6 (no calculation suspension)', () => {
  it('writes the same values, merges, formats and widths; leaves print setup to the user and calculation on', async () => {
    const currentBook = new FakeWorkbook();
    const oldBook = new FakeWorkbook({ excelApi: FLOOR });
    const names = await currentBook.run((context) => layOutGrids(context, sampleGrids()));
    const context = oldBook.context();
    expect(await layOutGrids(context, sampleGrids(), { capabilities: capabilitiesOf(oldBook) })).toEqual(names);
    expect(context.syncCount).toBe(2);
    expect(context.batches.some((batch) => batch.calculationSuspended)).toBe(false);
    for (const name of names) {
      const [now, then] = [currentBook.sheet(name), oldBook.sheet(name)];
      expect([then.valuesFromA1(), then.merges, [...then.columnWidths], then.numberFormat('C7')]).toEqual([now.valuesFromA1(), now.merges, [...now.columnWidths], now.numberFormat('C7')]);
    }
    const table1 = names.find((name) => name.startsWith('表1'))!;
    expect(currentBook.sheet(table1).pageLayout).toMatchObject({ orientation: 'Landscape', paperSize: 'A4' });
    expect(oldBook.sheet(table1).pageLayout).toEqual({ orientation: 'Portrait', paperSize: 'Letter', zoom: { scale: 100 }, centerHorizontally: false });
  });
});

describe('marking before ExcelApi 1.9 (fills known by colour) and 1.18 (no notes)', () => {
  const findings = [
    { severity: 'error' as const, sheet: '表2', cell: 'C5', message: '合计不等于各列之和' },
    { severity: 'warning' as const, sheet: '表2', cell: 'D5', message: '机关运行经费与公用经费不一致' },
    { severity: 'info' as const, sheet: '表2', cell: 'E5', message: '尾差0.01' },
    { severity: 'info' as const, sheet: '表2', cell: 'F5', message: '尾差0.01' },
  ];

  /** The seed with a user's colours: C5 green, D5 a yellow pattern, F5 white; E5 without fill. */
  function coloured(options: { excelApi?: string } = {}): FakeWorkbook {
    const book = FakeWorkbook.fromGrids(buildSeedWorkbook().workbook, options);
    book.setFill('表2', 'C5', { pattern: 'Solid', color: '#00B050' });
    book.setFill('表2', 'D5', { pattern: 'Gray25', color: '#FFFF00', patternColor: '#000000' });
    book.setFill('表2', 'F5', { pattern: 'Solid', color: '#FFFFFF' });
    book.setNote('表2', 'E5', '财务科：已核对');
    return book;
  }

  it('marks with fills only and restores colours and patterns; a white fill comes back as no fill', async () => {
    const book = coloured({ excelApi: FLOOR });
    const sheet = book.sheet('表2');
    const before = ['C5', 'D5', 'E5'].map((cell) => sheet.fill(cell));
    const capabilities = capabilitiesOf(book);
    expect(await book.run((context) => markFindings(context, findings, { capabilities }))).toEqual({ marked: 4, skipped: [] });
    expect(sheet.fill('C5')).toMatchObject({ color: SEVERITY_FILL.error });
    expect(sheet.notes.get('C5')).toBeUndefined();
    expect(sheet.note('E5')).toBe('财务科：已核对');
    expect(await book.run((context) => clearMarks(context, { capabilities }))).toBe(4);
    expect(['C5', 'D5', 'E5'].map((cell) => sheet.fill(cell))).toEqual(before);
    expect(sheet.fill('F5')).toEqual(NO_FILL);
  });

  it('clears, without an API error, a workbook marked in a current Excel: fills restored exactly, our notes left', async () => {
    const book = coloured();
    const before = book.sheet('表2').fillSnapshot();
    await book.run((context) => markFindings(context, findings, { capabilities: capabilitiesOf(book) }));
    expect(book.sheet('表2').note('C5')).toContain('合计不等于各列之和');
    const office2019 = book.openedIn({ excelApi: '1.7' });
    expect(await office2019.run((context) => clearMarks(context, { capabilities: capabilitiesOf(office2019) }))).toBe(4);
    expect(book.sheet('表2').fillSnapshot()).toBe(before);
    expect(book.sheet('表2').note('C5')).toContain('合计不等于各列之和');
    expect(book.sheetNames).not.toContain(MARK_RECORD_SHEET);
  });

  it('keeps the record of our notes when an old Excel marks again, so that a current one deletes them', async () => {
    const book = coloured();
    await book.run((context) => markFindings(context, findings, { capabilities: capabilitiesOf(book) }));
    const office2019 = book.openedIn({ excelApi: '1.7' });
    await office2019.run((context) => markFindings(context, findings.slice(0, 2), { capabilities: capabilitiesOf(office2019) }));
    await book.run((context) => clearMarks(context, { capabilities: capabilitiesOf(book) }));
    expect([book.sheet('表2').note('C5'), book.sheet('表2').note('D5'), book.sheet('表2').note('E5')]).toEqual([undefined, undefined, '财务科：已核对']);
  });
});

describe('capabilities', () => {
  it('are what each Excel build answers: ExcelApi 1.4 none, Office 2019 calculation only, Excel 2021 all but notes', () => {
    const on = (excelApi?: string): string[] => {
      const capabilities = capabilitiesOf(new FakeWorkbook(excelApi === undefined ? {} : { excelApi }));
      return Object.entries(capabilities).flatMap(([id, enabled]) => (enabled ? [id] : []));
    };
    expect(on(FLOOR)).toEqual([]);
    expect(on('1.7')).toEqual(['calculationSuspension']);
    expect(on('1.9')).toEqual(['calculationSuspension', 'printSetup', 'fillPatterns']);
    expect(on('1.14')).toEqual(['calculationSuspension', 'printSetup', 'fillPatterns', 'mergedAreas']);
    expect(on(undefined)).toEqual(Object.keys(EVERY_CAPABILITY));
  });

  it('are the features of FEATURES that gate members, each asked at its own requirement set', () => {
    const gated = FEATURES.filter((feature) => (feature.gates ?? []).length > 0);
    expect(gated.map((feature) => feature.id).sort()).toEqual(Object.keys(EVERY_CAPABILITY).sort());
    const asked: string[] = [];
    excelCapabilities({ isSetSupported: (name, version) => (asked.push(`${name} ${version}`), true) });
    expect(asked.sort()).toEqual(gated.map((feature) => `${feature.set} ${feature.version}`).sort());
  });

  it('are read from Office.context.requirements inside Office, and all on outside it (jest)', () => {
    expect(hostCapabilities()).toEqual(EVERY_CAPABILITY);
    const office2019 = new FakeWorkbook({ excelApi: '1.7' });
    const global = globalThis as { Office?: unknown };
    global.Office = { context: { requirements: office2019.requirements } };
    try {
      expect(hostCapabilities()).toEqual(capabilitiesOf(office2019));
      expect(hostCapabilities().mergedAreas).toBe(false);
    } finally {
      delete global.Office;
    }
  });

  it('count a failing requirement check as unsupported', () => {
    const capabilities = excelCapabilities({ isSetSupported: () => { throw new Error('not available'); } });
    expect(Object.values(capabilities).every((enabled) => !enabled)).toBe(true);
  });
});
