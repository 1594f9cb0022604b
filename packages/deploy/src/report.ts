// The one report of a deploy, in the shapes the front ends need: JSON (the CLI's `deploy` shape,
// also the action's report file), Markdown (the job summary, the CLI's --format markdown) and
// plain text (the terminal). The action and the CLI only call these.
import { formatElapsed, heading, list, table } from '@devops-actions/toolkit';
import type { DeployAction, DeployConfig } from './config.ts';
import type { DeployResult, DeployStatus, RungOutcome, Strategy, TimelineEntry } from './types.ts';

/** What a report says besides the result. */
export interface ReportContext {
  environment: string;
  strategy: Strategy;
  /** What was asked for; `recover` is the post step undoing an interrupted deploy. */
  action: DeployAction | 'recover';
  /** The public URL checked. */
  url: string | undefined;
  /** The GitHub deployment id where one was recorded; the engine's deployment id otherwise. */
  deploymentId?: number | string;
}

export function reportContext(config: DeployConfig, extra: Partial<ReportContext> = {}): ReportContext {
  return { environment: config.environment, strategy: config.strategy, action: config.action, url: config.publicUrl, ...extra };
}

/** Whether the front ends count the result as done: promoted, paused for a decision, or rolled back on request. */
export function succeeded(result: DeployResult, action: ReportContext['action']): boolean {
  return result.status === 'promoted' || result.status === 'paused' || (action === 'rollback' && result.status === 'rolled-back');
}

export interface JsonTimelineEntry {
  at: string;
  phase: string;
  weight?: number;
  result: TimelineEntry['result'];
  detail?: string;
  durationMs?: number;
}

export interface JsonReport {
  status: DeployStatus;
  version: string;
  previousVersion: string | null;
  rolledBack: boolean;
  servingVersion: string | null;
  noop: boolean;
  reason: string | null;
  rungs: RungOutcome[];
  dryRun: string[];
  timeline: JsonTimelineEntry[];
  environment: string;
  strategy: Strategy;
  deploymentId: number | string;
}

export function toJson(result: DeployResult, context: ReportContext): JsonReport {
  return {
    status: result.status,
    version: result.version,
    previousVersion: result.previousVersion ?? null,
    rolledBack: result.rolledBack,
    servingVersion: result.servingVersion ?? null,
    noop: result.noop,
    reason: result.reason ?? null,
    rungs: result.rungs,
    dryRun: result.dryRun,
    timeline: result.timeline.map((e) => ({
      at: e.at,
      phase: e.phase,
      ...(e.weight === undefined ? {} : { weight: e.weight }),
      result: e.result,
      ...(e.detail === undefined ? {} : { detail: e.detail }),
      ...(e.durationMs === undefined ? {} : { durationMs: e.durationMs }),
    })),
    environment: context.environment,
    strategy: context.strategy,
    deploymentId: context.deploymentId ?? result.deploymentId,
  };
}

/** One line with the outcome, and the reason on a second when it did not promote. */
export function toText(result: DeployResult): string {
  const previous = result.previousVersion ? ` (previous ${result.previousVersion})` : '';
  const reason = result.reason && result.status !== 'promoted' ? `\n  ${result.reason}` : '';
  return `${result.status}: ${result.version}${previous}${result.noop ? ', already deployed' : ''}${reason}\n`;
}

function timelineTable(timeline: readonly TimelineEntry[]): string {
  return table(
    ['time', 'phase', 'weight', 'result', 'duration', 'detail'],
    timeline.map((e) => [
      e.at.slice(11, 19),
      e.phase,
      e.weight === undefined ? '' : `${e.weight} %`,
      e.result,
      e.durationMs === undefined ? '' : formatElapsed(e.durationMs),
      e.detail ?? '',
    ]),
  );
}

const ICON: Record<DeployStatus, string> = { promoted: '✅', 'rolled-back': '↩️', paused: '⏸️', failed: '❌' };
const TITLE: Record<ReportContext['action'], string> = { deploy: 'Deploy', promote: 'Deploy', rollback: 'Rollback to', recover: 'Interrupted deploy of' };

export function toMarkdown(result: DeployResult, context: ReportContext): string {
  const parts = [
    heading(
      `${ICON[result.status]} ${TITLE[context.action]} ${result.version} to ${context.environment}: ${result.status}${result.noop ? ' (already deployed, nothing changed)' : ''}`,
    ),
    table(
      ['', ''],
      [
        ['version', result.version],
        ['previous version', result.previousVersion ?? '(none)'],
        ['serving now', result.servingVersion ?? '(unknown)'],
        ['environment URL', context.url ?? ''],
      ],
    ),
  ];
  if (result.reason && result.status !== 'promoted')
    parts.push(heading(result.status === 'paused' ? 'Why it paused' : 'Why it rolled back', 3), result.reason + '\n');
  if (result.rungs.length > 0)
    parts.push(heading('Rollback', 3), list(result.rungs.map((r) => `${r.ok ? '✅' : '❌'} ${r.rung}${r.version ? ` (${r.version})` : ''}: ${r.detail}`)));
  if (result.dryRun.length > 0) parts.push(heading('Analysis dry run', 3), list(result.dryRun));
  parts.push(heading('Timeline', 3), timelineTable(result.timeline));
  return parts.join('\n');
}
