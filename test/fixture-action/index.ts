// A small action used only by the harness's own tests: it exercises every part of the
// runner contract (inputs, outputs, state, env, path, summary, annotations, masking, API).
import {
  ConfigurationError,
  emitAnnotations,
  exportVariable,
  addPath,
  input,
  maskSecret,
  readInputs,
  runAction,
  saveState,
  setOutput,
  table,
  heading,
  writeSummary,
} from '@devops-actions/toolkit/runner';

const specs = {
  greeting: input.requiredString({ description: 'Text to echo back.' }),
  count: input.integer({ description: 'How many annotations to emit.', default: '0', min: 0, max: 100 }),
  secret: input.optional({ description: 'A value to mask.', secret: true }),
  fail: input.enum(['no', 'config', 'crash'] as const, { description: 'How to fail.', default: 'no' }),
  'api-path': input.optional({ description: 'GET this API path and output its status.' }),
};

await runAction(async () => {
  const inputs = readInputs(specs);
  if (inputs.secret) maskSecret(inputs.secret);
  if (inputs.fail === 'config') throw new ConfigurationError('fail', 'was asked to fail', 'no');
  if (inputs.fail === 'crash') throw new TypeError('boom');
  setOutput('greeting', inputs.greeting);
  setOutput('multi', 'line one\nline two\n\nline four');
  saveState('started', 'yes');
  saveState('multi-state', 'a\nb');
  exportVariable('FIXTURE_DONE', '1');
  addPath('/opt/fixture/bin');
  const omitted = emitAnnotations(
    Array.from({ length: inputs.count }, (_, i) => ({ level: 'error' as const, message: `problem ${i + 1}`, file: 'src/a.ts', line: i + 3 })),
  );
  setOutput('omitted-errors', omitted.error);
  if (inputs['api-path']) {
    const response = await fetch(`${process.env.GITHUB_API_URL}${inputs['api-path']}`, { headers: { accept: 'application/vnd.github+json' } });
    setOutput('api-status', response.status);
  }
  await writeSummary(heading('Fixture') + table(['input', 'value'], [['greeting', inputs.greeting]]));
});
