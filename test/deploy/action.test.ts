// End to end: the committed dist/deploy bundle run as the runner runs it, against a real nginx
// in front of two versions of the sample app, with deployments recorded in the fake GitHub API.
import { randomUUID } from 'node:crypto';
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGitHubFake, type GitHubFake } from '../harness/github-fake/index.ts';
import { runAction, runPost, startAction, type RunResult } from '../harness/run-action.ts';
import { startLoad } from './support/load.ts';
import { LOG_FORMAT, nginxMissing } from './support/nginx.ts';
import { servedVersion, startSite, type Site } from './support/site.ts';

if (nginxMissing) process.stderr.write(`${nginxMissing}\n`);

const token = () => `test-${randomUUID()}`;
const SHA = 'c'.repeat(40);

describe('deploy action: bad input fails before anything changes', () => {
  const base = {
    adapter: 'command',
    version: 'v2',
    url: 'http://127.0.0.1:9',
    'version-from': 'header:x-app-version',
    'deploy-command': 'true',
    'github-deployment': 'off',
  };

  it.each([
    [{ strategy: 'rainbow' }, /^strategy: "rainbow" is not one of direct, blue-green, canary/],
    [{ adapter: 'ftp' }, /^adapter: "ftp" is not one of command, nginx/],
    [{ strategy: 'canary', steps: '10,25,50' }, /^steps: the last step must be 100/],
    [{ strategy: 'canary', steps: '10,50,25,100' }, /^steps: steps must increase, but 25 follows 50/],
    [{ 'version-from': '' }, /^version-from: is required: .*fail closed/],
    [{ 'deploy-command': './deploy.sh | tee log' }, /^deploy-command: .* uses the shell operator/],
    [{ strategy: 'canary' }, /^strategy: the command adapter cannot do canary deploys; it supports direct/],
  ])('%o', async (inputs, message) => {
    const result = await runAction('deploy', { inputs: { ...base, ...inputs } });
    expect(result.exitCode).toBe(1);
    expect(result.annotations).toHaveLength(1);
    expect(result.annotations[0]?.message).toMatch(message);
    expect(result.outputs.status).toBeUndefined();
  });

  it('rolls back when the deploy command is not found, naming it', async () => {
    const workspace = (await import('node:fs')).mkdtempSync(join((await import('node:os')).tmpdir(), 'deploy-cmd-'));
    const result = await runAction('deploy', { workspace, inputs: { ...base, 'deploy-command': './no-such-deploy.sh' } });
    expect(result.exitCode).toBe(1);
    expect(result.outputs.status).toBe('failed');
    expect(result.annotations.at(-1)?.message).toMatch(/command not found: \.\/no-such-deploy\.sh/);
  });
});

describe.skipIf(nginxMissing !== undefined)('deploy action behind a real nginx, socket mode', () => {
  let site: Site;
  let fake: GitHubFake;
  beforeAll(async () => {
    site = await startSite('socket', 'action');
    fake = await startGitHubFake();
  });
  afterAll(async () => {
    await fake?.close();
    await site?.close();
  });

  const deploy = (inputs: Record<string, string>, env: Record<string, string> = {}): Promise<RunResult> =>
    runAction('deploy', {
      github: fake,
      token: token(),
      sha: SHA,
      workspace: site.dir,
      env: { ...fake.clientEnv, ...site.env, ...env },
      inputs: { ...site.config, strategy: 'blue-green', ...inputs },
    });

  it('promotes blue-green with a deployment and statuses, and loses no request over the switch', async () => {
    const first = await deploy({ version: 'v1' });
    expect(first.exitCode, first.stdout).toBe(0);
    expect(first.outputs).toMatchObject({
      status: 'promoted',
      version: 'v1',
      'previous-version': '',
      'rolled-back': 'false',
      'environment-url': site.nginx.url,
    });
    const load = startLoad(site.nginx.url, 4);
    const second = await deploy({ version: 'v2' });
    await sleep(100);
    const counts = await load.stop();
    expect(second.exitCode, second.stdout).toBe(0);
    expect(second.outputs).toMatchObject({ status: 'promoted', version: 'v2', 'previous-version': 'v1', 'rolled-back': 'false' });
    expect(await servedVersion(site.nginx.url)).toBe('v2');
    expect(counts.failed, JSON.stringify(counts)).toBe(0);
    expect(counts.versions.v1).toBeGreaterThan(0);
    expect(counts.versions.v2).toBeGreaterThan(0);

    const id = Number(second.outputs['deployment-id']);
    const deployment = fake.state.deployments.find((d) => d.id === id);
    expect(deployment).toMatchObject({ environment: 'production', sha: SHA, payload: { version: 'v2' } });
    const create = fake.callsTo('repos/create-deployment').at(-1);
    expect(create?.body).toMatchObject({ auto_merge: false, required_contexts: [] });
    const states = fake.state.deploymentStatuses('acme/app', id).map((s) => s.state);
    expect(states[0]).toBe('in_progress');
    expect(states.at(-1)).toBe('success');
    expect(fake.state.deploymentStatuses('acme/app', id).at(-1)?.environmentUrl).toBe(site.nginx.url);
    expect(second.summary).toContain('Deploy v2 to production: promoted');
    expect(second.summary).toMatch(/\| \d\d:\d\d:\d\d \| shift \| 100 % \| ok \|/);
    const report = JSON.parse(readFileSync(second.outputs['report-file'] ?? '', 'utf8')) as { status: string; timeline: unknown[] };
    expect(report.status).toBe('promoted');
    fake.assertNoViolations();
  });

  it('re-running the same deploy is a no-op', async () => {
    const pid = site.pid('green') ?? site.pid('blue');
    const again = await deploy({ version: 'v2' });
    expect(again.exitCode).toBe(0);
    expect(again.outputs.status).toBe('promoted');
    expect(again.summary).toContain('already deployed, nothing changed');
    expect(site.pid('green') ?? site.pid('blue')).toBe(pid);
  });

  it('action: rollback re-provisions a dead previous version before moving traffic back: 0 failed requests', async () => {
    // keep-previous 0s: v1 was stopped after the switch to v2, so it is dead now.
    expect(await fetch(site.nginx.url).then((r) => r.headers.get('x-app-version'))).toBe('v2');
    const load = startLoad(site.nginx.url, 4);
    const back = await deploy({ action: 'rollback', version: '' });
    await sleep(100);
    const counts = await load.stop();
    expect(back.exitCode, back.stdout).toBe(0);
    expect(back.outputs).toMatchObject({ status: 'rolled-back', 'rolled-back': 'true', version: 'v1', 'previous-version': 'v2' });
    expect(back.stdout).toMatch(/v1 does not answer .*re-provisioning it/);
    expect(await servedVersion(site.nginx.url)).toBe('v1');
    expect(counts.failed, JSON.stringify(counts)).toBe(0);
    const restored = fake.state.deployments.at(-1);
    expect(fake.state.deploymentStatuses('acme/app', restored?.id ?? 0).at(-1)?.state).toBe('success');
  });

  it('serialises two concurrent deploys to one target with the lock', async () => {
    const a = startAction('deploy', {
      github: fake,
      token: token(),
      workspace: site.dir,
      env: { ...fake.clientEnv, ...site.env, GITHUB_RUN_ID: '501' },
      inputs: { ...site.config, strategy: 'blue-green', version: 'v4' },
    });
    await sleep(300);
    const b = startAction('deploy', {
      github: fake,
      token: token(),
      workspace: site.dir,
      env: { ...fake.clientEnv, ...site.env, GITHUB_RUN_ID: '502' },
      inputs: { ...site.config, strategy: 'blue-green', version: 'v5' },
    });
    const [ra, rb] = await Promise.all([a.result, b.result]);
    expect(ra.outputs.status, ra.stdout).toBe('promoted');
    expect(rb.outputs.status, rb.stdout).toBe('promoted');
    expect(rb.stdout).toMatch(/waiting for the target lock held by run 501/);
    expect(rb.outputs['previous-version']).toBe('v4');
    expect(await servedVersion(site.nginx.url)).toBe('v5');
  });
});

describe.skipIf(nginxMissing !== undefined)('deploy action behind a real nginx, reload mode', () => {
  let site: Site;
  let fake: GitHubFake;
  beforeAll(async () => {
    site = await startSite('reload', 'reload');
    fake = await startGitHubFake();
  });
  afterAll(async () => {
    await fake?.close();
    await site?.close();
  });

  const options = (inputs: Record<string, string>) => ({
    github: fake,
    token: token(),
    sha: SHA,
    workspace: site.dir,
    env: { ...fake.clientEnv, ...site.env },
    inputs: { ...site.config, ...inputs },
  });

  it('leaves everything as it was when nginx -t fails', async () => {
    const first = await runAction('deploy', options({ version: 'v1', strategy: 'blue-green' }));
    expect(first.outputs.status, first.stdout).toBe('promoted');
    const before = readFileSync(site.upstreamFile);
    const masterPid = readFileSync(join(site.dir, 'nginx.pid'), 'utf8');
    const broken = join(site.dir, 'broken.conf');
    copyFileSync(site.nginx.conf, broken);
    writeFileSync(broken, readFileSync(broken, 'utf8').replace('events {', 'no_such_directive on;\nevents {'));
    const result = await runAction(
      'deploy',
      options({ version: 'v2', strategy: 'blue-green', 'nginx-command': `/usr/sbin/nginx -p ${site.dir} -c ${broken}` }),
    );
    expect(result.exitCode).toBe(1);
    expect(result.outputs.status).toBe('rolled-back');
    expect(result.annotations.at(-1)?.message).toMatch(/nginx -t rejected the configuration, so .* was restored byte for byte and nothing was reloaded/);
    expect(readFileSync(site.upstreamFile).equals(before)).toBe(true);
    expect(readFileSync(join(site.dir, 'nginx.pid'), 'utf8')).toBe(masterPid);
    expect(await servedVersion(site.nginx.url)).toBe('v1');
    const id = Number(result.outputs['deployment-id']);
    expect(fake.state.deploymentStatuses('acme/app', id).at(-1)?.state).toBe('failure');
    const restored = fake.state.deployments.at(-1);
    expect(restored?.payload).toEqual({ version: 'v1' });
    expect(fake.state.deploymentStatuses('acme/app', restored?.id ?? 0).at(-1)?.state).toBe('success');
  });

  it('the post step restores the previous version after the main step is killed mid-shift', async () => {
    const running = startAction(
      'deploy',
      options({
        version: 'v3',
        strategy: 'canary',
        steps: '50,100',
        analysis: '- type: smoke\n  requests: 5\n',
        'analysis-interval': '60s',
        'min-requests': '1',
      }),
    );
    const stateFile = join(site.stateDir, 'production.deploy-state.json');
    // Wait until traffic is split 50/50 and the analysis of that step is under way, then kill.
    for (let i = 0; i < 600; i++) {
      if (existsSync(stateFile)) {
        const state = JSON.parse(readFileSync(stateFile, 'utf8')) as {
          candidate: { version: string };
          weight: number;
          timeline: { phase: string; weight?: number }[];
        };
        if (state.candidate.version === 'v3' && state.weight === 50 && state.timeline.some((e) => e.phase === 'settle' && e.weight === 50)) break;
      }
      await sleep(50);
    }
    expect(readFileSync(site.upstreamFile, 'utf8')).toContain('weight=1');
    running.child.kill('SIGKILL');
    const main = await running.result;
    expect(main.signal).toBe('SIGKILL');
    expect(main.state['deploy-finished']).toBe('false');
    const post = await runPost('deploy', main.state, options({ version: 'v3', strategy: 'canary', steps: '50,100' }));
    expect(post.exitCode, post.stdout).toBe(0);
    expect(post.annotations.at(-1)?.message).toMatch(/interrupted deploy of v3 was rolled back: v1 serves production/);
    expect(await servedVersion(site.nginx.url)).toBe('v1');
    expect(readFileSync(site.upstreamFile, 'utf8')).toMatch(/# weights: blue=100 green=0/);
    const state = JSON.parse(readFileSync(stateFile, 'utf8')) as { status: string };
    expect(state.status).toBe('rolled-back');
    const id = Number(main.state['github-deployment-id']);
    expect(fake.state.deploymentStatuses('acme/app', id).at(-1)?.state).toBe('failure');
    fake.assertNoViolations();
  });

  it('promotes a canary step by step, analysed from the nginx access log under load', async () => {
    expect(await servedVersion(site.nginx.url)).toBe('v1');
    const load = startLoad(site.nginx.url, 2);
    const result = await runAction(
      'deploy',
      options({
        version: 'v4',
        strategy: 'canary',
        steps: '10,50,100',
        analysis: `- type: nginx-log\n  file: ${site.nginx.accessLog}\n  format: '${LOG_FORMAT}'\n`,
        'analysis-interval': '300ms',
        'analysis-count': '2',
        'min-requests': '5',
        'max-error-rate': '1%',
      }),
    );
    const counts = await load.stop();
    // On failure: what the action said, what nginx was told and what it made of it.
    const diagnostics = () =>
      [result.stdout, readFileSync(site.upstreamFile, 'utf8'), readFileSync(join(site.dir, 'error.log'), 'utf8').slice(-2000), JSON.stringify(counts)].join(
        '\n',
      );
    expect(result.exitCode, diagnostics()).toBe(0);
    expect(result.outputs, diagnostics()).toMatchObject({ status: 'promoted', version: 'v4', 'previous-version': 'v1', 'rolled-back': 'false' });
    expect(await servedVersion(site.nginx.url)).toBe('v4');
    for (const weight of [10, 50, 100]) expect(result.summary).toMatch(new RegExp(`\\| shift \\| ${weight} % \\| ok \\|`));
    // Users reached the candidate through the steps, and none of them saw it fail.
    expect(counts.versions.v4, JSON.stringify(counts)).toBeGreaterThan(0);
    expect(counts.failedVersions.v4 ?? 0, JSON.stringify(counts)).toBe(0);
    const report = JSON.parse(readFileSync(result.outputs['report-file'] ?? '', 'utf8')) as {
      timeline: { phase: string; weight?: number; result: string }[];
    };
    const analysed = report.timeline.filter((e) => e.phase === 'analysis');
    expect(analysed.map((e) => `${e.weight} ${e.result}`)).toEqual(['10 pass', '10 pass', '50 pass', '50 pass', '100 pass', '100 pass']);
    const id = Number(result.outputs['deployment-id']);
    const statuses = fake.state.deploymentStatuses('acme/app', id);
    expect(statuses.at(-1)).toMatchObject({ state: 'success', environmentUrl: site.nginx.url });
    expect(statuses.filter((s) => s.state === 'in_progress').length).toBeGreaterThanOrEqual(4);
    fake.assertNoViolations();
  });
});

describe('deploy action without deployments: write', () => {
  it('fails before anything changes, naming the permission and the way out', async () => {
    const { mkdtempSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { ROOT } = await import('../harness/run-action.ts');
    const dir = mkdtempSync(join(tmpdir(), 'deploy-denied-'));
    const fake = await startGitHubFake();
    fake.denyPermission('deployments: write');
    try {
      const result = await runAction('deploy', {
        github: fake,
        token: token(),
        sha: SHA,
        workspace: dir,
        env: { ...fake.clientEnv, SITE_DIR: dir },
        inputs: {
          adapter: 'command',
          version: 'v7',
          url: 'http://127.0.0.1:9',
          'version-from': 'header:x-app-version',
          'deploy-command': `${process.execPath} ${join(ROOT, 'test', 'deploy', 'fixtures', 'fake-platform-deploy.js')}`,
        },
      });
      expect(result.exitCode).toBe(1);
      expect(result.annotations).toHaveLength(1);
      expect(result.annotations[0]?.message).toMatch(/deployments: write/);
      expect(result.annotations[0]?.message).toMatch(/github-deployment: off/);
      // Nothing was deployed.
      expect(existsSync(join(dir, 'calls'))).toBe(false);
      expect(fake.state.deployments).toHaveLength(0);
    } finally {
      await fake.close();
    }
  });
});

describe('deploy action with github-deployment: use-existing', () => {
  it('adds statuses to the deployment GitHub made for the environment job instead of creating one', async () => {
    const { mkdtempSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { createServer } = await import('node:http');
    const { ROOT } = await import('../harness/run-action.ts');
    const dir = mkdtempSync(join(tmpdir(), 'deploy-existing-'));
    const server = createServer((_req, res) => {
      res.setHeader('x-app-version', existsSync(join(dir, 'current')) ? readFileSync(join(dir, 'current'), 'utf8') : 'none');
      res.end('ok');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const fake = await startGitHubFake();
    try {
      const existing = await fetch(`${fake.url}/repos/acme/app/deployments`, {
        method: 'POST',
        headers: { authorization: `token ${token()}`, 'content-type': 'application/json', accept: 'application/vnd.github+json' },
        body: JSON.stringify({ ref: SHA, environment: 'staging', auto_merge: false, required_contexts: [] }),
      }).then((r) => r.json() as Promise<{ id: number }>);
      const result = await runAction('deploy', {
        github: fake,
        token: token(),
        sha: SHA,
        workspace: dir,
        env: { ...fake.clientEnv, SITE_DIR: dir },
        inputs: {
          adapter: 'command',
          version: 'v7',
          environment: 'staging',
          url: `http://127.0.0.1:${(server.address() as { port: number }).port}`,
          'version-from': 'header:x-app-version',
          'deploy-command': `${process.execPath} ${join(ROOT, 'test', 'deploy', 'fixtures', 'fake-platform-deploy.js')}`,
          'settle-interval': '20ms',
          'github-deployment': 'use-existing',
        },
      });
      expect(result.exitCode, result.stdout).toBe(0);
      expect(result.outputs['deployment-id']).toBe(String(existing.id));
      expect(fake.callsTo('repos/create-deployment')).toHaveLength(1);
      const states = fake.state.deploymentStatuses('acme/app', existing.id).map((s) => s.state);
      expect(states[0]).toBe('in_progress');
      expect(states.at(-1)).toBe('success');
      fake.assertNoViolations();
    } finally {
      server.close();
      await fake.close();
    }
  });
});
