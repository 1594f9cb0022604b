import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { crc32, crc32Base62, validateChecksum } from '../../packages/secrets/src/checksum.ts';
import { Detector, redact } from '../../packages/secrets/src/detect.ts';
import { hitsByLine, KeywordAutomaton, KeywordHits, scanFileBytes } from '../../packages/secrets/src/prefilter.ts';
import { RULES } from '../../packages/secrets/src/rules.ts';
import { scan } from '../../packages/secrets/src/index.ts';
import { createRepo, type GitRepo } from '../harness/git.ts';
import { githubToken, random, stripeKey } from './tokens.ts';

const repos: GitRepo[] = [];
afterEach(() => {
  for (const r of repos.splice(0)) r.cleanup();
});

describe('checksums', () => {
  it('computes the standard CRC32 and the base62 form GitHub and npm tokens end with', () => {
    expect(crc32('123456789')).toBe(0xcbf43926);
    expect(crc32Base62('')).toBe('000000');
    const token = githubToken();
    expect(validateChecksum('crc32-base62', token)).toBe(true);
    expect(validateChecksum('crc32-base62', token.slice(0, -1) + (token.endsWith('0') ? '1' : '0'))).toBe(false);
  });
});

describe('detector', () => {
  const detector = new Detector(RULES);

  it('has at least 120 provider rules, each with id, description, severity and keywords', () => {
    expect(RULES.length).toBeGreaterThanOrEqual(120);
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
    for (const rule of RULES) {
      expect(rule.id).toMatch(/^[a-z0-9-]+$/);
      expect(rule.description.length).toBeGreaterThan(5);
      expect(rule.keywords.length, rule.id).toBeGreaterThan(0);
      for (const k of rule.keywords) expect(k, rule.id).toBe(k.toLowerCase());
    }
  });

  it('finds keywords case-insensitively in bytes and strings, overlapping ones too', () => {
    const automaton = new KeywordAutomaton(['sk_live_', 'sk_', 'token']);
    const bytes = Buffer.from('x = SK_LIVE_abc; Token');
    const byteHits = new KeywordHits();
    scanFileBytes(automaton, bytes, byteHits);
    expect(hitsByLine(byteHits, automaton)?.get(0)?.sort()).toEqual([0, 1, 2]);
    const hits: number[] = [];
    automaton.scanString('été token', (end, id) => hits.push(end, id));
    expect(hits).toEqual([8, 2]);
  });

  it('finds private keys that are indented, quoted or have escaped newlines, and masks each line', () => {
    const lines = Array.from({ length: 8 }, () => random(64, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'));
    const label = ['OPENSSH', 'PRIVATE', 'KEY'].join(' ');
    const escaped = `{"key": "-----BEGIN ${label}-----\\n${lines.join('\\n')}\\n-----END ${label}-----\\n"}`;
    const [finding] = detector.scan(escaped, { path: 'a.json' });
    expect(finding?.rule.id).toBe('private-key-openssh');
    expect(finding?.secret).toBe(lines.join(''));
    expect(finding?.maskParts).toEqual(lines);
  });

  it('redacts to a prefix, the last four characters and a hash, never more than a quarter', () => {
    const key = stripeKey();
    const shown = redact(key);
    expect(shown).toMatch(/^sk_live_…\w{4} \(sha256:[0-9a-f]{8}\)$/);
    expect(redact('hunter2hunter2')).toMatch(/^hun…\s\(sha256/);
  });

  it('copes with non-UTF-8 bytes and a 10,000-line minified file', () => {
    const minified = Array.from({ length: 10_000 }, (_, i) => `var a${i}=function(t){return t.token||t.apiKey||"${random(8)}"};`).join('');
    expect(detector.scan(minified, { path: 'bundle.min.js' })).toEqual([]);
    const token = githubToken();
    const latin1 = Buffer.concat([Buffer.from([0xe9, 0xff, 0xfe, 0x0a]), Buffer.from(`t = "${token}"\n`)]).toString('utf8');
    expect(detector.scan(latin1, { path: 'x.txt' }).map((f) => `${f.rule.id}:${f.line}`)).toEqual(['github-pat:2']);
  });
});

describe('bad input', () => {
  it('skips binary and too-large files with a notice and still scans the rest', async () => {
    const r = createRepo();
    repos.push(r);
    writeFileSync(join(r.dir, 'image.bin'), Buffer.concat([Buffer.from([0, 1, 2, 3]), Buffer.from(githubToken())]));
    r.write('big.txt', `${'x'.repeat(5000)}\n${githubToken()}\n`);
    r.write('ok.env', `T=${githubToken()}\n`);
    const result = await scan({ cwd: r.dir, mode: 'tree', maxFileSize: 2048 });
    expect(result.findings.map((f) => f.file)).toEqual(['ok.env']);
    expect(result.scanned.skipped).toEqual(expect.arrayContaining([{ path: 'image.bin', reason: 'binary' }, expect.objectContaining({ path: 'big.txt' })]));
    expect(result.notices.join('\n')).toMatch(/Skipped big\.txt: larger than max-file-size/);
  });

  it('refuses an unresolvable range and a history scan of nothing', async () => {
    const r = createRepo();
    repos.push(r);
    await expect(scan({ cwd: r.dir, mode: 'history', since: 'no-such-ref' })).rejects.toThrow(/neither a date .* nor a ref/);
    await expect(scan({ cwd: r.dir, mode: 'history', since: '2100-01-01' })).rejects.toThrow(/no commits were found/);
  });
});
