/**
 * 公开文档 — the whole disclosure as a document model, and its `公开文本` sheet.
 * Outputs: src/report/docx.ts (Word), src/excel (the sheet), the CLI `report` command.
 */
export type {
  ReportBlock,
  ReportCell,
  ReportChart,
  ReportCover,
  ReportDocument,
  ReportFinding,
  ReportTable,
  UnfinishedItem,
} from './model';
export { buildReport, chineseNumeral, placeholder, ReportInputError } from './build';
export type { FindingInput, NarrativeItem, NarrativeSectionInput, ReportInput } from './build';
export { identifyDisclosure, prepareReport, unfinishedItems } from './prepare';
export type { DisclosureIdentity, PreparedReport, PrepareReportOptions } from './prepare';
export { BUDGET_GLOSSARY, FINAL_GLOSSARY, GLOSSARY_SHEET, glossaryLine, glossarySheet, readGlossary } from './glossary';
export type { GlossaryFromWorkbook } from './glossary';
export { targetForms } from './forms';
export { readDepartmentProfile } from './profile';
export type { DepartmentProfile } from './profile';
export { reportTable, tableSourcesFromRecognition } from './tables';
export type { TableSource } from './tables';
export { publicTextSheet, PUBLIC_TEXT_SHEET } from './public-text';
