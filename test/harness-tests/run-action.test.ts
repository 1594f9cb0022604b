import { inject, describe, expect, it } from 'vitest';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { runAction, runPost } from '../harness/run-action.ts';
import { pullRequestEvent } from '../harness/events.ts';

const bundleDir = inject('fixtureBundle');

describe('runner-contract harness', () => {
  it('reads multi-line outputs, state, env and path back exactly', async () => {
    const result = await runAction('fixture-action', { bundleDir, inputs: { greeting: 'hello\nworld' } });
    expect(result.exitCode).toBe(0);
    expect(result.outputs.greeting).toBe('hello\nworld');
    expect(result.outputs.multi).toBe('line one\nline two\n\nline four');
    expect(result.state).toEqual({ started: 'yes', 'multi-state': 'a\nb' });
    expect(result.env).toEqual({ FIXTURE_DONE: '1' });
    expect(result.path).toEqual(['/opt/fixture/bin']);
    expect(result.summary).toContain('## Fixture');
    expect(result.summary).toContain('| greeting | hello<br>world |');
  });

  it('parses annotations with file and line, and stops at GitHub’s limit', async () => {
    const result = await runAction('fixture-action', { bundleDir, inputs: { greeting: 'hi', count: 12 } });
    expect(result.annotations).toHaveLength(10);
    expect(result.annotations[0]).toEqual({ level: 'error', message: 'problem 1', file: 'src/a.ts', line: 3 });
    expect(result.outputs['omitted-errors']).toBe('2');
  });

  it('reports masked values, including common encodings', async () => {
    const result = await runAction('fixture-action', { bundleDir, inputs: { greeting: 'hi', secret: 's3cr3t/value' } });
    expect(result.masked).toEqual(expect.arrayContaining(['s3cr3t/value', Buffer.from('s3cr3t/value').toString('base64'), 's3cr3t%2Fvalue']));
    // The mask command comes before anything else is printed.
    expect(result.stdout.indexOf('::add-mask::s3cr3t/value')).toBe(0);
  });

  it('fails with one clean error line on a configuration error', async () => {
    const result = await runAction('fixture-action', { bundleDir, inputs: { greeting: 'hi', fail: 'config' } });
    expect(result.exitCode).toBe(1);
    expect(result.annotations).toEqual([{ level: 'error', message: 'fail: was asked to fail (for example: no)' }]);
    expect(result.stdout).not.toContain('at ');
  });

  it('names the input when a required one is missing or an enum is wrong', async () => {
    const missing = await runAction('fixture-action', { bundleDir });
    expect(missing.exitCode).toBe(1);
    expect(missing.annotations[0]?.message).toMatch(/^greeting: is required/);
    const wrong = await runAction('fixture-action', { bundleDir, inputs: { greeting: 'x', fail: 'maybe' } });
    expect(wrong.annotations[0]?.message).toBe('fail: "maybe" is not one of no, config, crash (for example: no)');
  });

  it('turns a crash into an error plus the stack in the debug log, never exit 0', async () => {
    const result = await runAction('fixture-action', { bundleDir, inputs: { greeting: 'hi', fail: 'crash' } });
    expect(result.exitCode).toBe(1);
    expect(result.annotations).toEqual([{ level: 'error', message: 'TypeError: boom' }]);
    const debug = result.commands.find((c) => c.command === 'debug');
    expect(debug?.message).toContain('TypeError: boom\n    at ');
  });

  it('gives the post step the main step’s state', async () => {
    const main = await runAction('fixture-action', { bundleDir, inputs: { greeting: 'hi' } });
    const post = await runPost('fixture-action', main.state, { bundleDir });
    expect(post.exitCode).toBe(0);
    expect(post.outputs['seen-started']).toBe('yes');
    expect(post.outputs['seen-multi']).toBe('a\nb');
  });

  it('writes a realistic event payload and the GitHub variables', async () => {
    const event = pullRequestEvent({
      repo: { owner: 'acme', name: 'web' },
      number: 7,
      base: { ref: 'main', sha: 'a'.repeat(40) },
      head: { ref: 'feature', sha: 'b'.repeat(40) },
    });
    const server = createServer((req, res) => {
      res.statusCode = req.url === '/repos/acme/web' ? 200 : 404;
      res.end('{}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const result = await runAction('fixture-action', {
        bundleDir,
        eventName: 'pull_request',
        event,
        inputs: { greeting: 'hi', 'api-path': '/repos/acme/web' },
        github: { url, calls: [] },
      });
      expect(result.outputs['api-status']).toBe('200');
      expect(result.files.event).toMatch(/event\.json$/);
    } finally {
      server.close();
    }
  });
});
