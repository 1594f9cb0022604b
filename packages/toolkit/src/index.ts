// The pure toolkit, shared by engines, the CLI and the action entries: errors, value parsers,
// Markdown building blocks and the annotations an engine asks for. No @actions/* import, no
// process.env. Heavier pure modules are subpaths, loaded by those who need them: `/config`
// (the YAML config reader), `/jsonpath`, `/sarif`. The runner glue for action entries is `/runner`.
export * from './errors.ts';
export * from './values.ts';
export * from './markdown.ts';
export * from './annotation.ts';
export * from './format.ts';
