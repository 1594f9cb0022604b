// Every call of this repository's own actions and reusable workflows, in its workflows and the
// examples, must fit what the callee declares: no unknown input, every required one given.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from '../harness/run-action.ts';
import { actionlint, checkWorkflow, format, listWorkflowFiles } from './checks.ts';

interface Declared {
  inputs: Record<string, { required?: boolean; default?: unknown }>;
  secrets?: Record<string, { required?: boolean }>;
}

type Steps = { uses?: string; with?: Record<string, unknown> }[];
interface Workflow {
  on?: { workflow_call?: { inputs?: Declared['inputs']; secrets?: Declared['secrets']; outputs?: Record<string, unknown> } };
  jobs?: Record<string, { uses?: string; with?: Record<string, unknown>; secrets?: Record<string, unknown> | 'inherit'; steps?: Steps }>;
}

const load = <T>(path: string): T => parse(readFileSync(join(ROOT, path), 'utf8')) as T;

/** `$/deploy`, `./deploy` or `<owner>/devops-actions/deploy@v1` → `deploy`; anything else → undefined. */
export function ownTarget(uses: string): string | undefined {
  const match = /^(?:\$\/|\.\/|[\w.-]+\/devops-actions\/)([\w./-]+?)(?:@[\w./-]+)?$/.exec(uses);
  return match?.[1];
}

function check(where: string, target: string, given: Record<string, unknown>, declared: Declared, secrets?: Record<string, unknown> | 'inherit'): string[] {
  const problems: string[] = [];
  for (const name of Object.keys(given)) if (!(name in declared.inputs)) problems.push(`${where}: ${target} has no input "${name}"`);
  for (const [name, spec] of Object.entries(declared.inputs)) {
    if (spec.required && spec.default === undefined && !(name in given)) problems.push(`${where}: required input "${name}" of ${target} is not given`);
  }
  if (secrets && secrets !== 'inherit') {
    for (const name of Object.keys(secrets)) if (!(name in (declared.secrets ?? {}))) problems.push(`${where}: ${target} declares no secret "${name}"`);
  }
  for (const [name, spec] of Object.entries(declared.secrets ?? {})) {
    if (spec.required && secrets !== 'inherit' && !(name in (secrets ?? {}))) problems.push(`${where}: required secret "${name}" of ${target} is not passed`);
  }
  return problems;
}

export function checkCalls(file: string, workflow: Workflow): string[] {
  const problems: string[] = [];
  for (const [jobName, job] of Object.entries(workflow.jobs ?? {})) {
    const where = `${file} job ${jobName}`;
    const called = job.uses ? ownTarget(job.uses) : undefined;
    if (called) {
      const callee = load<Workflow>(called).on?.workflow_call;
      if (!callee) problems.push(`${where}: ${called} is not a reusable workflow (no on.workflow_call)`);
      else problems.push(...check(where, called, job.with ?? {}, { inputs: callee.inputs ?? {}, secrets: callee.secrets }, job.secrets));
    }
    for (const step of job.steps ?? []) {
      const action = step.uses ? ownTarget(step.uses) : undefined;
      if (!action || action.startsWith('.github/')) continue;
      const declared = load<Declared>(join(action, 'action.yml'));
      problems.push(...check(where, action, step.with ?? {}, declared));
    }
  }
  return problems;
}

describe('calls of our own actions and reusable workflows', () => {
  const files = listWorkflowFiles(ROOT);

  it.each(files)('%s fits what its callees declare', (file) => {
    expect(checkCalls(file, load<Workflow>(file))).toEqual([]);
  });

  it('catches an unknown input, a missing required input and an undeclared secret', () => {
    const bad: Workflow = {
      jobs: {
        a: { steps: [{ uses: '$/deploy', with: { strategy: 'blue-green', colour: 'blue' } }] },
        b: { uses: './.github/workflows/quality.yml', with: { 'no-such-input': 'x' }, secrets: { NOPE: 'x' } },
      },
    };
    expect(checkCalls('bad.yml', bad)).toEqual([
      'bad.yml job a: deploy has no input "colour"',
      'bad.yml job a: required input "adapter" of deploy is not given',
      'bad.yml job b: .github/workflows/quality.yml has no input "no-such-input"',
      'bad.yml job b: .github/workflows/quality.yml declares no secret "NOPE"',
    ]);
  });

  it('resolves every form of self-reference', () => {
    expect(ownTarget('$/deploy')).toBe('deploy');
    expect(ownTarget('./smoke-test')).toBe('smoke-test');
    expect(ownTarget('org/devops-actions/release@v1')).toBe('release');
    expect(ownTarget('org/devops-actions/.github/workflows/deploy.yml@v1')).toBe('.github/workflows/deploy.yml');
    expect(ownTarget('actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1')).toBeUndefined();
  });
});

describe('the README', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const snippets = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1] ?? '').filter((text) => /^jobs:/m.test(text));

  it('has the quick start and the rollback workflow among its snippets', () => {
    expect(snippets.length).toBeGreaterThanOrEqual(2);
  });

  it.each(snippets.map((text, i) => [i, text] as const))(
    'snippet %i, copied into a workflow file, passes actionlint, our checks and the contract',
    async (i, text) => {
      const file = `.github/workflows/readme-snippet-${i}.yml`;
      const problems = [...(await actionlint(file, text)), ...checkWorkflow(file, text)].map(format);
      expect(problems).toEqual([]);
      expect(checkCalls(file, parse(text) as Workflow)).toEqual([]);
    },
  );

  it('names only inputs, secrets and outputs the reusable workflows declare', () => {
    const rows = readme.split('\n').filter((line) => /^\| `[\w-]+\.yml` \|/.test(line));
    expect(rows.map((row) => /`([\w-]+\.yml)`/.exec(row)?.[1]).sort()).toEqual([
      'deploy.yml',
      'migrations.yml',
      'pipeline.yml',
      'quality.yml',
      'release.yml',
      'security.yml',
    ]);
    const problems: string[] = [];
    for (const row of rows) {
      const [name = '', , inputs = '', outputs = ''] = row.split(' | ').map((cell) => cell.trim());
      const callee = load<Workflow>(`.github/workflows/${name.replaceAll('`', '').replace(/^\| /, '')}`).on?.workflow_call ?? {};
      for (const [, input] of inputs.matchAll(/`([\w-]+)`/g)) {
        if (!(input! in (callee.inputs ?? {})) && !(input! in (callee.secrets ?? {}))) problems.push(`${name}: no input or secret ${input}`);
      }
      for (const [, output] of outputs.matchAll(/`([\w-]+)`/g)) if (!(output! in (callee.outputs ?? {}))) problems.push(`${name}: no output ${output}`);
    }
    expect(problems).toEqual([]);
  });
});
