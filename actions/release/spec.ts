import { defineAction, input } from '@devops-actions/toolkit/runner';

export const spec = defineAction({
  name: 'release',
  description: 'Version, changelog, tags and GitHub release from conventional commits, with moving major/minor tags for actions.',
  inputs: {
    'github-token': input.string({
      description: 'Token for the GitHub API: creates the tag, the release and moves tags (needs contents: write).',
      default: '${{ github.token }}',
      secret: true,
    }),
    config: input.optional({
      description:
        'Path of the release configuration (bump rules, sections, tag format, components), relative to the workspace. Default: .release.yml when present.',
    }),
    'dry-run': input.boolean({
      description: 'Plan only: print the next version, the why table, the notes and the API calls it would make, with no network call and no change.',
      default: 'false',
    }),
    prerelease: input.optional({
      description:
        'Prerelease channel (rc, beta, next): 1.3.0-rc.1, then rc.2. `false` forces a stable release. Default: by branch (prerelease-branches in the config).',
    }),
    version: input.optional({ description: 'Release exactly this version (semver), overriding the computed one and Release-As footers.' }),
    branch: input.optional({
      description: 'The branch being released (decides the prerelease channel). Default: the pushed branch, or the base branch of a pull request.',
    }),
    'tag-format': input.optional({
      description: 'The tag format, with {version}: v{version} (default), deploy-v{version}, pkg@{version}. Overrides the config.',
    }),
    'moving-tags': input.optional({
      description: 'Moving tags to create or advance after a stable release: major, minor or major,minor (v1 and v1.4), or none. Overrides the config.',
    }),
    'allow-rewind': input.boolean({
      description: 'Allow moving tags to go backwards (to a commit that does not descend from their current one).',
      default: 'false',
    }),
    assets: input.globs({ description: 'Files to attach to the release, one glob per line, relative to the workspace.' }),
    changelog: input.optional({
      description: 'The changelog file to prepend the notes to (CHANGELOG.md by default, or from the config); `false` writes none.',
    }),
    'release-name': input.optional({ description: 'The release title; {tag}, {version} and {component} are replaced. Default: the tag.' }),
    comment: input.boolean({ description: 'On pull requests, keep one sticky comment saying what merging would release.', default: 'true' }),
  },
  outputs: {
    released: 'true when a release was made (or finished) by this run, false otherwise (dry run, pull request, nothing to release).',
    version: 'The version released (or that would be released), e.g. 1.5.0 or 1.5.0-rc.2.',
    tag: 'The release tag, e.g. v1.5.0.',
    'previous-tag': 'The previous release tag the notes count from.',
    bump: 'major, minor, patch or none.',
    major: 'The major number of the version.',
    minor: 'The minor number of the version.',
    patch: 'The patch number of the version.',
    prerelease: 'true when the version is a prerelease.',
    notes: 'The release notes (Markdown).',
    'release-url': 'The web page of the GitHub release.',
    'release-id': 'The id of the GitHub release.',
    'upload-url': 'The upload URL for further release assets.',
    'moved-tags': 'The moving tags created or moved, comma-separated (e.g. v1,v1.5).',
    'commit-count': 'How many commits the release covers.',
    sha: 'The commit the release tags.',
    components: 'JSON array of every component: {component, released, version, tag, previousTag, bump, reason}.',
  },
});
