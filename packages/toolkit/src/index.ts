// The pure toolkit, shared by engines, the CLI and the action entries: errors, value parsers
// and Markdown building blocks. No @actions/* import, no process.env. Heavier pure modules are
// subpaths, loaded by those who need them: `/config` (the YAML config reader), `/jsonpath`,
// `/sarif`. The runner glue the action entries use is `/runner`.
export * from './errors.ts';
export * from './values.ts';
export * from './markdown.ts';
