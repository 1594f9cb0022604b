// The secret-scan engine: plain TypeScript, no GitHub. Used by the action and the CLI.
export { RULES, SEVERITIES, type RuleDefinition, type Severity, type Category, type RuleKind } from './rules.ts';
export { Detector, compileRule, fingerprintOf, redact, sha256, inlineAllow, ALLOW_MARKER, type RawFinding, type CompiledRule } from './detect.ts';
export { crc32, crc32Base62, validateChecksum } from './checksum.ts';
export { entropy, isPlaceholder } from './filters.ts';
export { CONFIG_FILE, FAIL_ON, emptyConfig, loadConfig, parseConfig, type FailOn, type SecretScanConfig } from './config.ts';
export { BASELINE_FILE, formatBaseline, readBaseline, type Baseline, type BaselineEntry } from './baseline.ts';
export {
  SCAN_MODES,
  ScanError,
  ZERO_SHA,
  activeRules,
  atLeast,
  scan,
  type Finding,
  type ScanMode,
  type ScanRequest,
  type ScanResult,
  type Scanned,
  type Suppression,
} from './scan.ts';
export { blockingFindings, scannedSentence, toAnnotations, toJson, toMarkdown, toSarif, toText, type MarkdownOptions } from './report.ts';
export { addedSuppressions, type AddedSuppression, type SuppressionSources } from './suppressions.ts';
