/**
 * 功能开关 — which members newer than manifest.xml's floor (ExcelApi 1.4) this Excel has. Each job
 * that could use one takes `capabilities` (default: what the Excel it runs in answers) and does
 * without the member where it is off, as the feature's `fallback` in diagnostics.ts says; the
 * API audit (scripts/api-audit.js) requires every file that uses a gated member to read its
 * feature here.
 */
import { FEATURES, type OfficeContextLike } from './diagnostics';

/** The gated features of FEATURES (those with `gates`), on or off in one Excel. */
export interface ExcelCapabilities {
  /** Suspend recalculation while laying out (ExcelApi 1.6). */
  readonly calculationSuspension: boolean;
  /** Print setup of laid-out tables (ExcelApi 1.9). */
  readonly printSetup: boolean;
  /** Read fill patterns, so that clearing marks tells a white fill from none (ExcelApi 1.9). */
  readonly fillPatterns: boolean;
  /** Read merged areas (ExcelApi 1.13). */
  readonly mergedAreas: boolean;
  /** Notes on marked cells (ExcelApi 1.18). */
  readonly cellNotes: boolean;
}

export type GatedFeature = keyof ExcelCapabilities;

/** A current Excel: every feature on. */
export const EVERY_CAPABILITY: ExcelCapabilities = { calculationSuspension: true, printSetup: true, fillPatterns: true, mergedAreas: true, cellNotes: true };

/** Jobs' option: the capabilities to work with (default: `hostCapabilities()`). */
export interface CapabilityOptions {
  readonly capabilities?: ExcelCapabilities;
}

/**
 * The capabilities an Excel answers through `Office.context.requirements` (or a fake's). A check
 * that throws counts as unsupported.
 * @example excelCapabilities(Office.context.requirements).mergedAreas // false in Office 2019
 */
export function excelCapabilities(requirements: OfficeContextLike['requirements']): ExcelCapabilities {
  const on = (id: GatedFeature): boolean => {
    const feature = FEATURES.find((f) => f.id === id);
    if (!feature) return false;
    try {
      return requirements.isSetSupported(feature.set, feature.version);
    } catch {
      return false;
    }
  };
  return {
    calculationSuspension: on('calculationSuspension'),
    printSetup: on('printSetup'),
    fillPatterns: on('fillPatterns'),
    mergedAreas: on('mergedAreas'),
    cellNotes: on('cellNotes'),
  };
}

/**
 * The capabilities of the Excel the add-in runs in (`Office.context.requirements`); outside
 * Office (jest) every feature is on, and a test plays an older Excel by passing `capabilities`.
 */
export function hostCapabilities(): ExcelCapabilities {
  const requirements = typeof Office === 'undefined' ? undefined : (Office.context as Partial<Office.Context> | undefined)?.requirements;
  return requirements ? excelCapabilities(requirements) : EVERY_CAPABILITY;
}
