import { afterEach, describe, expect, it } from 'vitest';
import { createRepo, type GitRepo } from '../harness/git.ts';
import { parseKeyValueFile, parseCommandLine } from '../harness/commands.ts';

const repos: GitRepo[] = [];
afterEach(() => {
  for (const repo of repos.splice(0)) repo.cleanup();
});

describe('git repository helpers', () => {
  it('scripts histories with branches, tags and merges', () => {
    const repo = createRepo();
    repos.push(repo);
    repo.commit('feat: add a', { files: { 'a.txt': 'a\n' } });
    repo.tag('v1.0.0');
    repo.checkout('feature', true);
    const featureSha = repo.commit('fix: b', { files: { 'b.txt': 'b\n' } });
    repo.checkout('main');
    repo.commit('docs: c', { files: { 'c.md': 'c\n' } });
    const merge = repo.merge('feature');
    expect(repo.git(['rev-list', '--parents', '-n', '1', merge]).split(' ')).toHaveLength(3);
    expect(repo.git(['merge-base', '--is-ancestor', featureSha, 'HEAD'])).toBe('');
    expect(repo.git(['describe', '--tags', '--abbrev=0', 'HEAD'])).toBe('v1.0.0');
    expect(repo.git(['log', '--format=%an <%ae>', '-1'])).toBe('Ada Lovelace <ada@example.com>');
  });

  it('makes real shallow clones', () => {
    const repo = createRepo();
    repos.push(repo);
    for (let i = 0; i < 5; i++) repo.commit(`chore: ${i}`, { files: { 'n.txt': `${i}\n` } });
    const shallow = repo.clone({ depth: 1 });
    repos.push(shallow);
    expect(shallow.isShallow()).toBe(true);
    expect(shallow.git(['rev-list', '--count', 'HEAD'])).toBe('1');
    expect(shallow.sha('HEAD')).toBe(repo.sha('HEAD'));
    const full = repo.clone();
    repos.push(full);
    expect(full.isShallow()).toBe(false);
  });

  it('deletes files through commit options', () => {
    const repo = createRepo();
    repos.push(repo);
    repo.commit('feat: add', { files: { 'x/y.txt': 'y' } });
    repo.commit('refactor: remove', { files: { 'x/y.txt': null } });
    expect(repo.git(['ls-files'])).toBe('README.md');
  });
});

describe('runner file formats', () => {
  it('parses heredoc and plain key/value lines', () => {
    expect(parseKeyValueFile('a=1\nmulti<<EOF_X\none\n\nthree\nEOF_X\nb=x=y\n')).toEqual({ a: '1', multi: 'one\n\nthree', b: 'x=y' });
    expect(() => parseKeyValueFile('m<<D\nnever closed\n')).toThrow(/unterminated heredoc/);
  });

  it('parses annotation commands with escaped properties', () => {
    expect(parseCommandLine('::error file=a%2Cb.ts,line=3::msg%0Anext')).toEqual({
      command: 'error',
      properties: { file: 'a,b.ts', line: '3' },
      message: 'msg\nnext',
    });
    expect(parseCommandLine('plain log line')).toBeUndefined();
  });
});
