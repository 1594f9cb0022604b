// Holds every action to one interface: actions/<name>/spec.ts (what the code reads),
// <name>/action.yml (what the runner and users see) and <name>/README.md must agree,
// and the runner must find the committed bundle.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { ActionSpec } from '@devops-actions/toolkit/runner';
import { listActions, ROOT } from '../scripts/bundle.ts';

interface ActionYml {
  name?: string;
  description?: string;
  inputs?: Record<string, { description?: string; required?: boolean; default?: string }>;
  outputs?: Record<string, { description?: string }>;
  runs?: { using?: string; main?: string; post?: string; 'post-if'?: string };
  branding?: unknown;
}

const actions = await listActions();

describe.runIf(actions.length > 0).each(actions)('action $name', (action) => {
  const folder = join(ROOT, action.name);
  const yml = parse(readFileSync(join(folder, 'action.yml'), 'utf8')) as ActionYml;
  const readme = readFileSync(join(folder, 'README.md'), 'utf8');

  it('runs on node24 from its committed bundle', async () => {
    expect(yml.runs?.using).toBe('node24');
    expect(yml.runs?.main).toBe(`../dist/${action.name}/index.js`);
    expect(existsSync(join(folder, yml.runs?.main ?? 'missing'))).toBe(true);
    const spec = ((await import(join(action.dir, 'spec.ts'))) as { spec: ActionSpec }).spec;
    if (action.entries.includes('post') || spec.post) {
      expect(yml.runs?.post).toBe(`../dist/${action.name}/post.js`);
      expect(existsSync(join(folder, yml.runs?.post ?? 'missing'))).toBe(true);
    } else {
      expect(yml.runs?.post).toBeUndefined();
    }
  });

  it('declares the same inputs and outputs in action.yml, spec.ts and README.md', async () => {
    const spec = ((await import(join(action.dir, 'spec.ts'))) as { spec: ActionSpec }).spec;
    expect(Object.keys(yml.inputs ?? {}).sort()).toEqual(Object.keys(spec.inputs).sort());
    expect(Object.keys(yml.outputs ?? {}).sort()).toEqual(Object.keys(spec.outputs).sort());
    for (const [name, input] of Object.entries(spec.inputs)) {
      const declared = yml.inputs?.[name];
      expect(declared?.description, `input ${name} needs a description`).toBeTruthy();
      expect(Boolean(declared?.required), `input ${name}: required`).toBe(input.required);
      expect(declared?.default === undefined ? undefined : String(declared.default), `input ${name}: default`).toBe(input.default);
      expect(readme, `README.md documents input ${name}`).toMatch(new RegExp(`^\\|\\s*\`${name}\``, 'm'));
    }
    for (const name of Object.keys(spec.outputs)) {
      expect(yml.outputs?.[name]?.description, `output ${name} needs a description`).toBeTruthy();
      expect(readme, `README.md documents output ${name}`).toMatch(new RegExp(`^\\|\\s*\`${name}\``, 'm'));
    }
  });

  it('states the permissions it needs in its README', () => {
    expect(readme).toMatch(/^#+ Permissions/m);
    expect(readme).toMatch(/permissions:/);
  });
});

it('finds the action folders it checks', () => {
  for (const action of actions) expect(existsSync(join(ROOT, action.name, 'action.yml')), `${action.name}/action.yml`).toBe(true);
});
