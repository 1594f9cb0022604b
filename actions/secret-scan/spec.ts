import { FAIL_ON } from '@devops-actions/secrets/fail-on';
import { defineAction, input } from '@devops-actions/toolkit/runner';

export const MODES = ['auto', 'pull_request', 'push', 'merge_group', 'history', 'tree', 'staged'] as const;

export const spec = defineAction({
  name: 'secret-scan',
  description:
    'Finds committed credentials in pull requests, pushes and history: 200+ rules, offline checksums, fail-closed on shallow clones, SARIF for code scanning.',
  inputs: {
    mode: input.enum(MODES, {
      description:
        'What to scan. auto picks from the event: pull_request and pull_request_target scan the commits of the pull request, push scans before..after (a new branch: its commits not on the default branch), merge_group its range, schedule and workflow_dispatch the full history. tree scans the working tree, staged the index.',
      default: 'auto',
    }),
    // Optional: empty leaves fail-on to the config file.
    'fail-on': input.optionalEnum(FAIL_ON, {
      description: 'Fail the step when a finding has at least this severity: high, medium, low or none. Default: fail-on from the config file, else medium.',
    }),
    config: input.string({
      description: 'The config file (extra and disabled rules, ignored paths, severity overrides, allow entries).',
      default: '.secret-scan.yml',
    }),
    baseline: input.string({
      description:
        'The baseline file of known findings (made with `devops-actions secret-scan baseline`); its findings are not reported. Missing file: no baseline.',
      default: '.secret-scan-baseline.json',
    }),
    since: input.optional({ description: 'For history scans: only commits after this date (2026-01-31) or ref (v1.0.0).' }),
    'max-file-size': input.integer({
      description: 'Skip (with a notice) a file, or one file’s changes in one commit, larger than this many bytes.',
      default: '1048576',
      min: 1024,
    }),
    'sarif-file': input.optional({
      description: 'Where to write the SARIF 2.1.0 report (for github/codeql-action/upload-sarif). Default: secret-scan.sarif in RUNNER_TEMP.',
    }),
    'report-file': input.optional({ description: 'Where to write the JSON report. Default: secret-scan.json in RUNNER_TEMP.' }),
    'working-directory': input.string({ description: 'The checkout to scan.', default: '.' }),
    comment: input.boolean({
      description: 'On pull requests, keep one sticky comment with the findings up to date (needs pull-requests: write).',
      default: 'false',
    }),
    'github-token': input.string({ description: 'Token for the pull request comment and for fetching history.', default: '${{ github.token }}', secret: true }),
  },
  outputs: {
    findings: 'Number of findings reported (after the baseline and allow entries).',
    'new-findings': 'Number of findings added by the scanned change (findings that are only still in history are not counted).',
    'sarif-file': 'Path of the SARIF report.',
    'report-file': 'Path of the JSON report.',
    'scanned-commits': 'Number of commits scanned (0 for tree and staged scans).',
    'scanned-bytes': 'Number of bytes of content scanned.',
    failed: 'true when a finding reached fail-on and the step failed, else false.',
  },
});
