/** @kokuho/synth: deterministic synthetic months of claims with registries and ground truth. */
export { generateMonth, GenerateError, type GenerateOptions, type Manifest, type ManifestFile } from './generate/generate-month.ts';
export { loadMasters, type LoadedMasters } from './masters/load-masters.ts';
export { ERROR_KINDS, type ErrorKind, type ErrorCategory, type GroundTruthEntry } from './errors/error-kinds.ts';
export { SCENARIOS, INPATIENT_SCENARIOS } from './clinical/scenario-catalog.ts';
export { catalogCodes } from './clinical/catalog-codes.ts';
export { confusionTable, formatConfusionTable, categoryOf, type ConfusionTable, type KindRow, type ObservedClaim, type ObservedFile } from './evaluation/confusion-table.ts';
export { checkPrecision, formatCheckPrecision, RULES_OF_KIND, type PrecisionRow } from './evaluation/check-precision.ts';
export { plantedForReview, type PlantedForReview } from './evaluation/simulated-review.ts';
export { riskRecall, formatRiskRecall, ADJUSTABLE, type RiskRecall, type RecallRow, type SortedClaim } from './evaluation/risk-recall.ts';
