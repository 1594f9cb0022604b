// The configuration's keys: one registry of adapters and their options, a misspelt key refused
// with the key it was meant to be, and a config file's errors naming file:line key.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { ConfigurationError } from '@devops-actions/toolkit';
import { acquireLock, ADAPTER_OPTION_KEYS, ADAPTERS, CONFIG_KEYS, deployFromConfig, parseConfig, stateFiles } from '@devops-actions/deploy';
import { ACTION_ONLY, spec } from '../../actions/deploy/spec.ts';
import { main } from '../../packages/cli/src/main.ts';
import { ROOT } from '../harness/run-action.ts';

const DEPLOY = `${process.execPath} ${join(ROOT, 'test', 'deploy', 'fixtures', 'fake-platform-deploy.js')}`;

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'deploy-config-'));
  return () => rmSync(dir, { recursive: true, force: true });
});

const base = () => ({
  adapter: 'command',
  version: 'v1',
  url: 'http://127.0.0.1:9',
  'version-from': 'header:x-app-version',
  'deploy-command': DEPLOY,
  'state-dir': join(dir, 'state'),
});

describe('adapter registry', () => {
  it('lists every adapter and its options once, and the action has an input for each option', () => {
    expect(ADAPTERS).toEqual(['command', 'nginx', 'kubernetes', 'fly', 'heroku', 'vercel', 'netlify']);
    const inputs = Object.keys(spec.inputs);
    expect(ADAPTER_OPTION_KEYS.filter((key) => !inputs.includes(key))).toEqual([]);
    // Every input the action hands to the engine is a key the engine knows.
    expect(inputs.filter((key) => !ACTION_ONLY.has(key) && !CONFIG_KEYS.includes(key))).toEqual([]);
    for (const name of ADAPTERS) expect(spec.inputs.adapter.description).toContain(name);
  });
});

describe('unknown keys', () => {
  it('refuses a misspelt adapter option before anything runs, naming the key it was meant to be', async () => {
    const raw = { ...base(), 'deploy-comand': DEPLOY };
    expect(() => parseConfig(raw, { cwd: dir, defaultStateDir: dir })).toThrow(ConfigurationError);
    await expect(deployFromConfig(raw, { context: { cwd: dir, defaultStateDir: dir }, env: { ...process.env, SITE_DIR: dir }, owner: 'test' })).rejects.toThrow(
      /^deploy-comand: "deploy-comand" is not a deploy setting or adapter option; did you mean deploy-command\?$/,
    );
    expect(existsSync(join(dir, 'calls'))).toBe(false);
  });

  it('refuses a misspelt engine setting the same way', () => {
    expect(() => parseConfig({ ...base(), 'settle-time': '3' }, { cwd: dir, defaultStateDir: dir })).toThrow(
      /^settle-time: "settle-time" is not a deploy setting or adapter option; did you mean settle-times\?$/,
    );
  });

  it("accepts another adapter's options: the action passes every input, whichever adapter is chosen", () => {
    expect(parseConfig({ ...base(), 'nginx-mode': 'reload', 'kubectl-command': 'kubectl' }, { cwd: dir, defaultStateDir: dir }).adapter).toBe('command');
  });
});

describe('devops-actions deploy --config', () => {
  async function run(yaml: string, ...flags: string[]): Promise<{ code: number; err: string }> {
    writeFileSync(join(dir, 'deploy.yml'), yaml);
    let err = '';
    const io = { cwd: dir, stdout: () => undefined, stderr: (t: string) => (err += t), env: { ...process.env, SITE_DIR: dir } };
    const code = await main(['deploy', '--config', 'deploy.yml', ...flags], io);
    return { code, err };
  }
  const file = (extra: string) =>
    `adapter: command\nversion: v1\nurl: http://127.0.0.1:9\nversion-from: header:x-app-version\ndeploy-command: ${DEPLOY}\n${extra}`;

  it('names file:line key for a misspelt key, with the key it was meant to be, and runs nothing', async () => {
    const { code, err } = await run(file('ngnix-slots: blue=127.0.0.1:8081,green=127.0.0.1:8082\n'));
    expect(code).toBe(2);
    expect(err).toBe('devops-actions deploy: deploy.yml:6 ngnix-slots: "ngnix-slots" is not a deploy setting or adapter option; did you mean nginx-slots?\n');
    expect(existsSync(join(dir, 'calls'))).toBe(false);
  });

  it('names file:line key for a value the engine refuses, and the flag for a value a flag gave', async () => {
    const refused = await run(file('version-from: json:$..version\n').replace('version-from: header:x-app-version\n', ''));
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/^devops-actions deploy: deploy\.yml:5 version-from: "\$\.\.version" uses \.\.v…, which is not supported/);
    const flag = await run(file(''), '--strategy', 'sideways');
    expect(flag.err).toMatch(/^devops-actions deploy: strategy: "sideways" is not one of direct, blue-green, canary/);
  });

  it('names file:line for a file that is not YAML, and refuses a file that is not a map of settings', async () => {
    const broken = await run('adapter: command\nversion: [v1\n');
    expect(broken.code).toBe(2);
    expect(broken.err).toMatch(/^devops-actions deploy: deploy\.yml:\d+: is not valid YAML/);
    const list = await run('- adapter: command\n');
    expect(list.err).toMatch(/^devops-actions deploy: deploy\.yml:1: must be a map, not a list/);
  });

  it('is a failed deploy, exit 1 in one line, when there is nothing to roll back or another deploy holds the target', async () => {
    const stateDir = join(dir, 'state');
    const nothing = await run(file(`state-dir: ${stateDir}\n`), '--action', 'rollback');
    expect(nothing).toEqual({ code: 1, err: 'devops-actions deploy: nothing is deployed to roll back from\n' });
    mkdirSync(stateDir, { recursive: true });
    const held = await acquireLock({
      path: stateFiles({ stateDir, environment: 'production' }).lock,
      owner: 'run 7',
      leaseMs: 60_000,
      mode: 'fail',
      waitTimeoutMs: 0,
    });
    try {
      const locked = await run(file(`state-dir: ${stateDir}\nenvironment: production\nlock: fail\n`));
      expect(locked.code).toBe(1);
      expect(locked.err).toMatch(/^devops-actions deploy: .*locked by run 7 \(pid \d+/);
      expect(existsSync(join(dir, 'calls'))).toBe(false);
    } finally {
      held.release();
    }
  });

  it('names the analysis entry a value is wrong in', async () => {
    const { err } = await run(file('analysis:\n  - type: smoke\n  - type: guess\n'));
    expect(err).toMatch(/^devops-actions deploy: deploy\.yml:8 analysis\[1\]\.type: "guess" is not one of smoke, http-json, prometheus, nginx-log/);
  });
});
