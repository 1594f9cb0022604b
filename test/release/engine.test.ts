import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CommitParser } from 'conventional-commits-parser';
import {
  analyze,
  defaultConfig,
  parseConfig,
  planRelease,
  withOverrides,
  writeChangelog,
  type AnalyzeOptions,
  type ReleaseConfig,
} from '@devops-actions/release';
import { createRepo, gitEnv, type GitRepo } from '../harness/git.ts';

const repos: GitRepo[] = [];
afterEach(() => {
  for (const r of repos.splice(0)) r.cleanup();
});

function repo(): GitRepo {
  const r = createRepo();
  repos.push(r);
  return r;
}

async function run(r: GitRepo, options: Partial<AnalyzeOptions> & { yaml?: string } = {}) {
  const config: ReleaseConfig = options.yaml ? await parseConfig(options.yaml) : (options.config ?? defaultConfig());
  const analysis = await analyze({ cwd: r.dir, env: gitEnv(), config, repoUrl: 'https://github.com/acme/app', ...options });
  const first = analysis.components[0];
  if (!first) throw new Error('no component');
  return { analysis, c: first };
}

describe('version and bump', () => {
  it('feat after v1.2.0 → 1.3.0 with a Features section, scope in bold, links and author', async () => {
    const r = repo();
    r.tag('v1.2.0');
    const sha = r.commit('feat(deploy): canary rollouts (#12)', { author: { name: 'Grace Hopper', email: 'grace@example.com' } });
    r.commit('docs: typo');
    const { c } = await run(r);
    expect(c.releasable).toBe(true);
    expect(c.version).toBe('1.3.0');
    expect(c.tag).toBe('v1.3.0');
    expect(c.previousTag).toBe('v1.2.0');
    expect(c.bump).toBe('minor');
    expect(c.commitCount).toBe(2);
    expect(c.notes).toContain('### Features');
    expect(c.notes).toContain(
      `- **deploy:** canary rollouts ([${sha.slice(0, 7)}](https://github.com/acme/app/commit/${sha})) ([#12](https://github.com/acme/app/pull/12)) by Grace Hopper`,
    );
    expect(c.notes).not.toContain('typo');
    expect(c.why).toEqual([{ sha, header: 'feat(deploy): canary rollouts', bump: 'minor', rule: 'type feat → minor', decisive: true }]);
  });

  it('fix → patch, feat! → major, BREAKING CHANGE and BREAKING-CHANGE footers → major with breaking section first', async () => {
    const r = repo();
    r.tag('v1.2.0');
    r.commit('fix: null check');
    expect((await run(r)).c.version).toBe('1.2.1');
    r.commit('feat(api)!: drop the v1 endpoints');
    const bang = await run(r);
    expect(bang.c.version).toBe('2.0.0');
    expect(bang.c.notes.indexOf('### ⚠ Breaking changes')).toBe(0);
    expect(bang.c.why[0]).toMatchObject({ bump: 'major', rule: 'breaking change (!)', decisive: true });

    const f = repo();
    f.tag('v1.0.0');
    f.commit('fix: tighten parsing\n\nBREAKING CHANGE: dates must be ISO 8601 now');
    const footer = await run(f);
    expect(footer.c.version).toBe('2.0.0');
    expect(footer.c.notes).toContain('dates must be ISO 8601 now');
    expect(footer.c.why[0]?.rule).toBe('BREAKING CHANGE footer');

    const h = repo();
    h.tag('v1.0.0');
    h.commit('perf: faster\n\nBREAKING-CHANGE: needs Node 24');
    expect((await run(h)).c.version).toBe('2.0.0');

    // Lower-case "breaking change:" in prose is not a footer (it must be upper case).
    const l = repo();
    l.tag('v1.0.0');
    l.commit('fix: thing\n\nbreaking change: not really');
    expect((await run(l)).c.version).toBe('1.0.1');
  });

  it('keeps the commit and the closed issue when a BREAKING CHANGE note is followed by `close #N` (the parser alone loses the hash)', async () => {
    const message = 'feat(api)!: remove the legacy flag\n\nBREAKING CHANGE: --legacy is gone\nclose #42';
    // What conventional-commits-parser 7.1.4 does with a field after such a footer:
    const raw = new CommitParser().parse(`${message}\n-hash-\n0123456789abcdef0123456789abcdef01234567`);
    expect(raw.hash).toBeUndefined();
    const r = repo();
    r.tag('v3.1.0');
    const sha = r.commit(message);
    const { analysis, c } = await run(r);
    expect(c.version).toBe('4.0.0');
    expect(c.entries[0]?.sha).toBe(sha);
    expect(c.entries[0]?.breakingNotes).toEqual(['--legacy is gone']);
    expect(c.notes).toContain('closes [#42](https://github.com/acme/app/issues/42)');
    expect(planRelease(analysis, { owner: 'acme', repo: 'app' }).releases[0]?.sha).toBe(sha);
  });

  it('applies the 0.x policy (breaking → minor, feat → patch) and can switch it off', async () => {
    const r = repo();
    r.tag('v0.3.0');
    r.commit('feat: new thing');
    expect((await run(r)).c.version).toBe('0.3.1');
    r.commit('feat!: break it');
    const zero = await run(r);
    expect(zero.c.version).toBe('0.4.0');
    expect(zero.c.why[0]?.rule).toContain('0.x: breaking → minor');
    expect((await run(r, { yaml: 'initial-development: false\n' })).c.version).toBe('1.0.0');
  });

  it('takes bump rules from the configuration: per type and per scope', async () => {
    const r = repo();
    r.tag('v2.0.0');
    r.commit('feat(deps): bump lodash');
    r.commit('docs: new guide');
    expect((await run(r)).c.version).toBe('2.1.0');
    const configured = await run(r, { yaml: 'types:\n  docs: { bump: patch, section: Documentation }\nscopes:\n  deps: patch\n' });
    expect(configured.c.version).toBe('2.0.1');
    expect(configured.c.notes).toContain('### Documentation');
    const hidden = await run(r, { yaml: 'types:\n  feat: { section: New stuff }\nscopes:\n  deps: { bump: none }\n' });
    expect(hidden.c.releasable).toBe(false);
  });

  it('honours Release-As footers and the version input; refuses a non-semver input', async () => {
    const r = repo();
    r.tag('v1.4.0');
    r.commit('chore: prepare\n\nRelease-As: 2.0.0');
    const footer = await run(r);
    expect(footer.c.version).toBe('2.0.0');
    expect(footer.c.override).toMatch(/^Release-As: in [0-9a-f]{7}$/);
    expect((await run(r, { version: '3.0.0' })).c.version).toBe('3.0.0');
    await expect(run(r, { version: 'three' })).rejects.toThrow('version: "three" is not a semantic version');
    await expect(run(r, { version: '1.0.0' })).rejects.toThrow('1.0.0 is not higher than the previous release v1.4.0');
  });

  it('starts at 1.0.0 (or the configured initial version) when there is no release tag', async () => {
    const r = repo();
    r.commit('feat: first');
    expect((await run(r)).c.version).toBe('1.0.0');
    expect((await run(r, { yaml: 'initial-version: 0.1.0\n' })).c.version).toBe('0.1.0');
  });
});

describe('history', () => {
  it('cancels a commit and its revert inside the range; a revert of an older release is a Reverts entry', async () => {
    const r = repo();
    const old = r.commit('fix: old bug fix');
    r.tag('v1.0.0');
    const feat = r.commit('feat: risky feature');
    r.commit(`Revert "feat: risky feature"\n\nThis reverts commit ${feat}.`);
    const only = await run(r);
    expect(only.c.releasable).toBe(false);
    expect(only.c.cancelled).toEqual([expect.objectContaining({ sha: feat, header: 'feat: risky feature' })]);
    r.commit(`revert: fix: old bug fix\n\nThis reverts commit ${old}.`);
    const { c } = await run(r);
    expect(c.version).toBe('1.0.1');
    expect(c.notes).toContain('### Reverts');
    expect(c.notes).not.toContain('risky feature');
  });

  it('restores a commit whose revert is itself reverted', async () => {
    const r = repo();
    r.tag('v1.0.0');
    const feat = r.commit('feat: comes back');
    const revert = r.commit(`Revert "feat: comes back"\n\nThis reverts commit ${feat}.`);
    r.commit(`Revert "Revert "feat: comes back""\n\nThis reverts commit ${revert}.`);
    const { c } = await run(r);
    expect(c.version).toBe('1.1.0');
    expect(c.notes).toContain('comes back');
    expect(c.notes).not.toContain('### Reverts');
  });

  it('splits a squash-merge body into its conventional entries', async () => {
    const r = repo();
    r.tag('v1.0.0');
    r.commit(
      'Sprint work (#40)\n\n* feat(deploy): blue-green switch\n\n* fix(api): retry on 502\n\n* feat!: drop Node 18\n\n  BREAKING CHANGE: Node 24 is required\n\nCo-authored-by: Bob <bob@example.com>',
    );
    const { c } = await run(r);
    expect(c.entries.map((e) => e.header)).toEqual(['feat(deploy): blue-green switch', 'fix(api): retry on 502', 'feat!: drop Node 18']);
    expect(c.entries.every((e) => e.pr === 40)).toBe(true);
    expect(c.version).toBe('2.0.0');
    expect(c.notes).toContain('Node 24 is required');
    expect(c.notes).toContain('**deploy:** blue-green switch');
    expect(c.notes).toContain('**api:** retry on 502');
  });

  it('does not count merge commits twice, and gives merged commits the pull request number', async () => {
    const r = repo();
    r.tag('v1.0.0');
    r.checkout('feature', true);
    r.commit('feat(ui): dark mode');
    r.checkout('main');
    r.merge('feature', 'Merge pull request #7 from acme/feature\n\nfeat(ui): dark mode');
    const { c } = await run(r);
    expect(c.entries).toHaveLength(1);
    expect(c.entries[0]?.pr).toBe(7);
    expect(c.commitCount).toBe(2);
    expect(c.version).toBe('1.1.0');
  });

  it('warns about subjects that look conventional but are not, and ignores non-semver tags with a notice', async () => {
    const r = repo();
    r.tag('v1.0.0');
    r.tag('nightly');
    r.tag('v1.0');
    // git's own revert subject is not a near miss.
    r.commit('Revert "docs: old wording"\n\nThis reverts commit 0123456789abcdef0123456789abcdef01234567.');
    r.commit('Feat: capital type');
    r.commit('fix(api) missing colon');
    r.commit('feat:no space');
    const { analysis, c } = await run(r);
    expect(analysis.warnings.map((w) => w.subject)).toEqual(['feat:no space', 'fix(api) missing colon', 'Feat: capital type']);
    expect(analysis.warnings[1]?.problem).toBe('no colon after the type and scope');
    expect(analysis.warnings[2]?.problem).toContain('not lower case');
    // `Feat:` still counts as feat (types are case-insensitive in Conventional Commits 1.0).
    expect(c.version).toBe('1.1.0');
    expect(analysis.notices[0]).toMatch(/^Ignored 2 tags that are not a semantic version in the tag format v\{version\}: (nightly, v1\.0|v1\.0, nightly)$/);
  });

  it('reports nothing to release when there are no commits or only chores', async () => {
    const r = repo();
    r.tag('v1.0.0');
    r.commit('chore: release prep');
    const chores = await run(r);
    expect(chores.c.releasable).toBe(false);
    expect(chores.c.reason).toContain('no releasable commits since v1.0.0');
    const r2 = repo();
    r2.commit('feat: x');
    r2.tag('v1.0.0');
    r2.commit('ci: y');
    r2.git(['reset', '--hard', 'v1.0.0']);
    r2.tag('other', 'HEAD');
    r2.commit('chore: z');
    r2.git(['reset', '--hard', 'HEAD~1']);
    const none = await run(r2, { prerelease: 'rc' });
    expect(none.c.releasable).toBe(false);
  });

  it('finishes the release a tag already marks at HEAD (a tag push or a re-run)', async () => {
    const r = repo();
    r.tag('v1.0.0');
    r.commit('feat: x');
    r.tag('v1.1.0');
    const { c } = await run(r);
    expect(c.releasable).toBe(true);
    expect(c.version).toBe('1.1.0');
    expect(c.previousTag).toBe('v1.0.0');
    expect(c.tagExists).toBe(true);
    expect(c.notes).toContain('x');
  });

  it('reads a SHA-256 repository, whose commit ids have 64 digits', async () => {
    const r = createRepo({ objectFormat: 'sha256' });
    repos.push(r);
    r.tag('v1.0.0');
    const sha = r.commit('fix(api): retry on 502');
    const { c } = await run(r);
    expect(sha).toMatch(/^[0-9a-f]{64}$/);
    expect(c).toMatchObject({ version: '1.0.1', previousTag: 'v1.0.0', commitCount: 1, sha });
    expect(c.entries[0]?.sha).toBe(sha);
  });

  it('counts from the highest release reachable from a maintenance branch, not from newer releases elsewhere', async () => {
    const r = repo();
    r.commit('feat: first');
    r.tag('v1.0.0');
    r.commit('fix: one');
    r.tag('v1.0.1');
    r.checkout('release-1.0', true);
    r.checkout('main');
    r.commit('feat: two');
    r.tag('v1.1.0');
    r.checkout('release-1.0');
    r.commit('fix(api): backport');
    // One newer release is not reachable.
    let { c } = await run(r);
    expect(c).toMatchObject({ version: '1.0.2', previousTag: 'v1.0.1', commitCount: 1 });
    expect(c.notes).not.toContain('two');

    // Many newer releases (and prereleases) out of reach.
    r.checkout('main');
    for (const [message, tag] of [
      ['feat!: three', 'v2.0.0-rc.1'],
      ['fix: four', 'v2.0.0'],
      ['fix: five', 'v2.0.1'],
      ['feat: six', 'v2.1.0'],
      ['fix: seven', 'v2.1.1'],
    ] as const) {
      r.commit(message);
      r.tag(tag);
    }
    r.checkout('release-1.0');
    ({ c } = await run(r));
    expect(c).toMatchObject({ version: '1.0.2', previousTag: 'v1.0.1', commitCount: 1 });

    // And --from must name a reachable tag.
    await expect(run(r, { from: 'v2.1.0' })).rejects.toThrow(/"v2\.1\.0" is not a release tag reachable from HEAD/);
  });
});

describe('prereleases', () => {
  it('counts rc.1 → rc.2 and promotes to a stable release whose notes include the rc changes', async () => {
    const r = repo();
    r.tag('v1.2.0');
    r.commit('feat: first feature');
    const rc1 = await run(r, { prerelease: 'rc' });
    expect(rc1.c.version).toBe('1.3.0-rc.1');
    expect(rc1.c.prerelease).toBe(true);
    expect(rc1.c.movingTags).toEqual([]);
    r.tag('v1.3.0-rc.1');
    r.commit('fix: rc bug');
    const rc2 = await run(r, { prerelease: 'rc' });
    expect(rc2.c.version).toBe('1.3.0-rc.2');
    expect(rc2.c.previousTag).toBe('v1.3.0-rc.1');
    expect(rc2.c.notes).toContain('rc bug');
    expect(rc2.c.notes).not.toContain('first feature');
    r.tag('v1.3.0-rc.2');
    const stable = await run(r, { yaml: 'moving-tags: [major, minor]\n' });
    expect(stable.c.version).toBe('1.3.0');
    expect(stable.c.previousTag).toBe('v1.2.0');
    expect(stable.c.notes).toContain('first feature');
    expect(stable.c.notes).toContain('rc bug');
    expect(stable.c.movingTags.map((m) => m.tag)).toEqual(['v1', 'v1.3']);
  });

  it('takes the channel from the branch', async () => {
    const r = repo();
    r.tag('v2.0.0');
    r.checkout('beta', true);
    r.commit('fix: b');
    const { c, analysis } = await run(r);
    expect(analysis.channel).toBe('beta');
    expect(c.version).toBe('2.0.1-beta.1');
  });
});

describe('components', () => {
  it('versions two components independently by path, with their own tag formats', async () => {
    const r = repo();
    r.commit('chore: layout', { files: { 'packages/deploy/a.ts': '1', 'packages/ui/b.ts': '1' } });
    r.tag('deploy-v1.0.0');
    r.tag('ui@2.0.0');
    r.commit('feat(deploy): rollback', { files: { 'packages/deploy/a.ts': '2' } });
    r.commit('fix(ui): colour', { files: { 'packages/ui/b.ts': '2' } });
    r.commit('docs: readme', { files: { 'packages/ui/README.md': 'x' } });
    const yaml = `components:
  - name: deploy
    path: packages/deploy
    tag-format: deploy-v{version}
  - name: ui
    include: ['packages/ui/**']
    exclude: ['**/*.md']
    tag-format: ui@{version}
`;
    const { analysis } = await run(r, { yaml });
    const [deploy, ui] = analysis.components;
    expect(deploy).toMatchObject({ component: 'deploy', version: '1.1.0', tag: 'deploy-v1.1.0', previousTag: 'deploy-v1.0.0', commitCount: 1 });
    expect(ui).toMatchObject({ component: 'ui', version: '2.0.1', tag: 'ui@2.0.1', previousTag: 'ui@2.0.0', commitCount: 1 });
    expect(deploy?.notes).not.toContain('colour');
  });

  it('reads messages and file lists that span many pipe reads, with multi-byte text cut anywhere', async () => {
    const r = repo();
    r.commit('chore: layout', { files: { 'packages/deploy/a.ts': '1', 'packages/ui/b.ts': '1' } });
    r.tag('deploy-v1.0.0');
    r.tag('ui@1.0.0');
    // A body of ~100 KiB (the most one argument can carry) of two- and three-byte characters: git's output reaches the reader in
    // many chunks, some of them ending inside a character or inside a record.
    const body = Array.from({ length: 1700 }, (_, i) => `Zeile ${i}: Größe ändern → überall ✓ ${'é'.repeat(i % 17)}`).join('\n');
    r.commit(`feat(deploy): Übergang ohne Ausfall\n\n${body}\n\nBREAKING CHANGE: das Ziel heißt jetzt „blau“`, {
      files: Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`packages/deploy/mod-${i}-ü.ts`, String(i)])),
    });
    r.commit('fix(ui): Farbe', { files: { 'packages/ui/b.ts': '2' } });
    const yaml = `components:
  - name: deploy
    path: packages/deploy
    tag-format: deploy-v{version}
  - name: ui
    path: packages/ui
    tag-format: ui@{version}
`;
    const { analysis } = await run(r, { yaml });
    const [deploy, ui] = analysis.components;
    expect(deploy).toMatchObject({ version: '2.0.0', commitCount: 1 });
    expect(deploy?.entries[0]?.subject).toBe('Übergang ohne Ausfall');
    expect(deploy?.entries[0]?.breakingNotes).toEqual(['das Ziel heißt jetzt „blau“']);
    expect(ui).toMatchObject({ version: '1.0.1', commitCount: 1 });
    expect(ui?.notes).not.toContain('Übergang');
  });
});

describe('fixed groups', () => {
  it('gives every component of a fixed group the same, highest version', async () => {
    const r = repo();
    r.commit('chore: layout', { files: { 'a/x.ts': '1', 'b/y.ts': '1' } });
    r.tag('a-v1.2.0');
    r.tag('b-v1.2.0');
    r.commit('feat(a): new', { files: { 'a/x.ts': '2' } });
    const yaml = 'versioning: fixed\ncomponents:\n  - name: a\n    path: a\n  - name: b\n    path: b\n';
    const { analysis } = await run(r, { yaml });
    expect(analysis.components.map((c) => [c.component, c.tag, c.releasable])).toEqual([
      ['a', 'a-v1.3.0', true],
      ['b', 'b-v1.3.0', true],
    ]);
    expect(analysis.components[1]?.notes).toBe('_No user-facing changes._\n');
  });
});

describe('configuration', () => {
  it('names the line and key of a configuration error', async () => {
    await expect(parseConfig('tag-format: v{version}\ntypes:\n  feat:\n    bump: huge\n')).rejects.toThrow(
      '.release.yml:4 types.feat.bump: "huge" is not one of major, minor, patch, none',
    );
    await expect(parseConfig('tag-format: release-1\n')).rejects.toThrow('.release.yml:1 tag-format: the tag format "release-1" has no {version} placeholder');
    await expect(parseConfig('components:\n  - name: a\n    path: a\n    tag-format: a-latest\n')).rejects.toThrow(
      /:4 components\[0\]\.tag-format: .*no \{version\}/,
    );
    await expect(parseConfig('tags: 1\n')).rejects.toThrow('.release.yml:1 tags: "tags" is not a known key');
    await expect(parseConfig('types: [\n')).rejects.toThrow(/^\.release\.yml:\d+: is not valid YAML/);
  });

  it('reads moving tags by one rule in the configuration file and in the input', async () => {
    expect((await parseConfig('moving-tags: major, minor\n')).movingTags).toEqual(['major', 'minor']);
    expect((await parseConfig('moving-tags: [minor]\n')).movingTags).toEqual(['minor']);
    expect((await parseConfig('moving-tags: none\n')).movingTags).toEqual([]);
    expect(withOverrides(defaultConfig(), { movingTags: 'major minor' }).movingTags).toEqual(['major', 'minor']);
    expect(withOverrides(defaultConfig(), { movingTags: 'false' }).movingTags).toEqual([]);
    expect(() => withOverrides(defaultConfig(), { movingTags: 'major,patch' })).toThrow(
      'moving-tags: "patch" is not one of major, minor (for example: major,minor)',
    );
  });
});

describe('shallow clones', () => {
  it('deepens a shallow clone until the previous tag instead of releasing 1.0.0', async () => {
    const origin = repo();
    origin.commit('feat: ancient');
    origin.tag('v4.2.0');
    for (let i = 0; i < 5; i++) origin.commit(`fix: bug ${i}`);
    const clone = origin.clone({ depth: 1 });
    repos.push(clone);
    clone.git(['tag', '-d', ...clone.git(['tag', '--list']).split('\n').filter(Boolean)]);
    expect(clone.isShallow()).toBe(true);
    const { c, analysis } = await run(clone);
    expect(analysis.deepened).toBeGreaterThan(0);
    expect(c.version).toBe('4.2.1');
    expect(c.commitCount).toBe(5);
  });

  it('refuses to count from the edge of a shallow clone it cannot deepen', async () => {
    const origin = repo();
    origin.commit('feat: ancient');
    origin.tag('v4.2.0');
    origin.commit('fix: bug');
    const clone = origin.clone({ depth: 1 });
    repos.push(clone);
    clone.git(['remote', 'remove', 'origin']);
    await expect(run(clone)).rejects.toThrow('repository: the clone is shallow and no previous release tag is reachable');
  });
});

describe('CHANGELOG.md', () => {
  it('prepends a block under the title and does not add a second one on a re-run', async () => {
    const r = repo();
    r.write('CHANGELOG.md', '# Changelog\n\n## 1.0.0 (2025-12-01)\n\n- old\n');
    r.tag('v1.0.0');
    r.commit('feat: shiny');
    const { c } = await run(r);
    expect(await writeChangelog(r.dir, 'CHANGELOG.md', c.changelogBlock, c.version ?? '')).toBe(true);
    expect(await writeChangelog(r.dir, 'CHANGELOG.md', c.changelogBlock, c.version ?? '')).toBe(false);
    const text = readFileSync(join(r.dir, 'CHANGELOG.md'), 'utf8');
    expect(text.match(/^## \[1\.1\.0\]/gm)).toHaveLength(1);
    expect(text.startsWith('# Changelog\n\n## [1.1.0](https://github.com/acme/app/compare/v1.0.0...v1.1.0) (2026-01-01)')).toBe(true);
    expect(text).toContain('## 1.0.0 (2025-12-01)\n\n- old');
  });
});
