import { CHECK_INPUTS, type CheckInputName } from '@devops-actions/probe/check-keys';
import { defineAction, input, type InputSpec } from '@devops-actions/toolkit/runner';

// The check settings come from the probe's table of check keys: each is read as text here and
// validated by the engine, so an input and the same key in smoke-test.yml are held to one set
// of rules and named the same way.
const checkInputs = Object.fromEntries(
  CHECK_INPUTS.map(({ key, input: { description, choices, default: fallback } }) => [
    key,
    choices === undefined ? input.optional({ description }) : input.enum(choices, { description, default: fallback }),
  ]),
) as Record<CheckInputName, InputSpec<string | undefined>>;

export const spec = defineAction({
  name: 'smoke-test',
  description: 'Verify a deployed service for real: readiness, content, version, latency percentiles, TLS and security headers.',
  inputs: {
    url: input.list({ description: 'URLs to check, one per line. Empty on a deployment_status event: the deployment’s environment_url is used.' }),
    config: input.optional({
      description: 'A smoke-test.yml with many checks, shared defaults and environment variable substitution (path relative to the workspace).',
    }),
    ...checkInputs,
    parallel: input.integer({ description: 'Checks run at a time.', default: '50', min: 1, max: 1000 }),
    comment: input.boolean({ description: 'Post or update one sticky comment with the report on the pull request.', default: 'false' }),
    'github-token': input.string({ description: 'Token for the pull request comment.', default: '${{ github.token }}', secret: true }),
    'report-file': input.optional({ description: 'Where to write the JSON report (default: smoke-test-report.json in RUNNER_TEMP).' }),
  },
  outputs: {
    passed: 'true when every check passed (warnings allowed), else false.',
    'failed-checks': 'The names of the failed checks, as a JSON array.',
    'report-file': 'Path of the JSON report.',
    'p95-ms': 'The highest p95 latency among the checks, in milliseconds.',
  },
});
