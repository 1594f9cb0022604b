// The one deploy report: the JSON the CLI prints and the action writes to report-file, the
// Markdown of the job summary and the CLI's --format markdown, and the CLI's text line.
import { describe, expect, it } from 'vitest';
import { succeeded, toJson, toMarkdown, toText, type DeployResult, type ReportContext } from '@devops-actions/deploy';

const rolledBack: DeployResult = {
  status: 'rolled-back',
  version: 'v2',
  previousVersion: 'v1',
  rolledBack: true,
  servingVersion: 'v1',
  noop: false,
  reason: 'traffic did not settle on v2: did not serve v2 3 times in a row within 1 s',
  rungs: [{ rung: 'previous', version: 'v1', ok: true, detail: 'traffic is back on v1' }],
  timeline: [
    { at: '2026-11-22T09:00:01.000Z', phase: 'lock', result: 'ok', detail: 'free', durationMs: 3 },
    { at: '2026-11-22T09:00:02.000Z', phase: 'shift', weight: 100, result: 'ok', durationMs: 1500 },
    { at: '2026-11-22T09:00:04.000Z', phase: 'settle', weight: 100, result: 'failed', detail: 'traffic did not settle on v2' },
  ],
  dryRun: [],
  deploymentId: 'd-abc',
};

const context: ReportContext = { environment: 'staging', strategy: 'direct', action: 'deploy', url: 'https://staging.example.com' };

describe('deploy report', () => {
  it('JSON: the CLI shape with the action report file fields, weights only where traffic moved', () => {
    expect(toJson(rolledBack, { ...context, deploymentId: 42 })).toEqual({
      status: 'rolled-back',
      version: 'v2',
      previousVersion: 'v1',
      rolledBack: true,
      servingVersion: 'v1',
      noop: false,
      reason: rolledBack.reason,
      rungs: rolledBack.rungs,
      dryRun: [],
      timeline: [
        { at: '2026-11-22T09:00:01.000Z', phase: 'lock', result: 'ok', detail: 'free', durationMs: 3 },
        { at: '2026-11-22T09:00:02.000Z', phase: 'shift', weight: 100, result: 'ok', durationMs: 1500 },
        { at: '2026-11-22T09:00:04.000Z', phase: 'settle', weight: 100, result: 'failed', detail: 'traffic did not settle on v2' },
      ],
      environment: 'staging',
      strategy: 'direct',
      deploymentId: 42,
    });
    const first = toJson({ ...rolledBack, status: 'promoted', previousVersion: undefined, reason: undefined, servingVersion: 'v2' }, context);
    expect(first).toMatchObject({ previousVersion: null, reason: null, deploymentId: 'd-abc' });
  });

  it('Markdown: the outcome, why, the rollback rungs and the timeline', () => {
    const markdown = toMarkdown(rolledBack, context);
    expect(markdown).toContain('↩️ Deploy v2 to staging: rolled-back');
    expect(markdown).toContain('| environment URL | https://staging.example.com |');
    expect(markdown).toContain('Why it rolled back');
    expect(markdown).toContain('✅ previous (v1): traffic is back on v1');
    expect(markdown).toMatch(/\| 09:00:02 \| shift \| 100 % \| ok \| 1\.5 s \|/);
    expect(toMarkdown(rolledBack, { ...context, action: 'rollback' })).toContain('Rollback to v2 to staging');
    expect(toMarkdown(rolledBack, { ...context, action: 'recover' })).toContain('Interrupted deploy of v2 to staging');
  });

  it('text: one line, and the reason when it did not promote', () => {
    expect(toText(rolledBack)).toBe(`rolled-back: v2 (previous v1)\n  ${rolledBack.reason}\n`);
    expect(toText({ ...rolledBack, status: 'promoted', noop: true })).toBe('promoted: v2 (previous v1), already deployed\n');
  });

  it('counts promoted, paused and a rollback asked for as done; any other rollback as not', () => {
    expect(succeeded(rolledBack, 'deploy')).toBe(false);
    expect(succeeded(rolledBack, 'rollback')).toBe(true);
    expect(succeeded({ ...rolledBack, status: 'paused' }, 'deploy')).toBe(true);
    expect(succeeded({ ...rolledBack, status: 'failed' }, 'rollback')).toBe(false);
  });
});
