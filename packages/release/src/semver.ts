// The semver functions the engine uses, each from its own module: the package's index loads
// every range, comparator and function module, a noticeable part of a CLI start.
export { default as coerce } from 'semver/functions/coerce.js';
export { default as gt } from 'semver/functions/gt.js';
export { default as gte } from 'semver/functions/gte.js';
export { default as inc } from 'semver/functions/inc.js';
export { default as lt } from 'semver/functions/lt.js';
export { default as parse } from 'semver/functions/parse.js';
export { default as rcompare } from 'semver/functions/rcompare.js';
export { default as valid } from 'semver/functions/valid.js';
export type { SemVer } from 'semver';
