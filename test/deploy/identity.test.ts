// The version identity read from a JSON body, through the engine's checks (the settle after the
// switch, the health check that follows it, the re-run check) against a real loopback server: a
// path accepted when the configuration is read is read the same way at every check, and a path
// outside the supported subset is refused before anything runs.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ConfigurationError } from '@devops-actions/toolkit';
import { deployFromConfig, parseConfig } from '@devops-actions/deploy';
import { ROOT } from '../harness/run-action.ts';

const DEPLOY = `${process.execPath} ${join(ROOT, 'test', 'deploy', 'fixtures', 'fake-platform-deploy.js')}`;

let dir: string;
let server: Server;
let url: string;

beforeAll(async () => {
  // Reports the deployed version only in its JSON body, at the top and nested.
  server = createServer((_req, res) => {
    const current = existsSync(join(dir, 'current')) ? readFileSync(join(dir, 'current'), 'utf8') : 'none';
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ status: 'ok', version: current, build: { id: current } }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
afterAll(() => server.close());
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'deploy-identity-'));
  return () => rmSync(dir, { recursive: true, force: true });
});

const config = (versionFrom: string, version: string) => ({
  adapter: 'command',
  url,
  version,
  'version-from': versionFrom,
  'deploy-command': DEPLOY,
  'settle-interval': '10ms',
  'settle-timeout': '2s',
  'settle-times': '2',
  'state-dir': join(dir, 'state'),
});

const deploy = async (versionFrom: string, version: string) =>
  (
    await deployFromConfig(config(versionFrom, version), {
      context: { cwd: dir, defaultStateDir: join(dir, 'state') },
      env: { ...process.env, SITE_DIR: dir },
      owner: 'test',
    })
  ).result;

describe('version-from: json', () => {
  it.each(['json:$.version', 'json:version', 'json:$.build.id', "json:$['build']['id']"])(
    '%s promotes, settles on the new version and sees a re-run as done',
    async (versionFrom) => {
      expect((await deploy(versionFrom, 'v1')).status).toBe('promoted');
      const second = await deploy(versionFrom, 'v2');
      expect(second, JSON.stringify(second.timeline)).toMatchObject({ status: 'promoted', version: 'v2', previousVersion: 'v1', rolledBack: false });
      expect(second.timeline.find((e) => e.phase === 'settle')).toMatchObject({
        result: 'ok',
        detail: expect.stringMatching(/^v2 served 2 times in a row after \d+ checks$/) as unknown,
      });
      // The re-run check reads the identity with the built-in client: the same path, the same answer.
      expect(await deploy(versionFrom, 'v2')).toMatchObject({ status: 'promoted', noop: true });
      expect(readFileSync(join(dir, 'calls'), 'utf8').trim().split('\n')).toEqual(['v1 rollback= previous=', 'v2 rollback= previous=v1']);
    },
  );

  it.each([
    ['json:$..version', /^version-from: "\$\.\.version" uses \.\.v…, which is not supported: name one value/],
    ['json:$.items[*].version', /^version-from: "\$\.items\[\*\]\.version" uses \[\*\]…, which is not supported/],
    ['json:$.$.version', /^version-from: "\$\.\$\.version" is not a valid path near "\.\$\.version"/],
  ])('%s is refused when the configuration is read, before anything runs', async (versionFrom, message) => {
    expect(() => parseConfig(config(versionFrom, 'v1'), { cwd: dir, defaultStateDir: dir })).toThrow(ConfigurationError);
    await expect(deploy(versionFrom, 'v1')).rejects.toThrow(message);
    expect(existsSync(join(dir, 'calls'))).toBe(false);
  });
});
