// The runner's workflow-command and file-command protocol, written by hand because
// importing @actions/core costs ~60 ms of start-up (it pulls in undici), and every
// action must be able to validate its inputs and exit within a few ms.
// See https://docs.github.com/actions/reference/workflow-commands-for-github-actions
import { randomUUID } from 'node:crypto';
import { appendFileSync } from 'node:fs';
import { EOL } from 'node:os';
import type { AnnotationLevel, AnnotationProperties } from '../annotation.ts';
import { formatElapsed } from '../format.ts';

export type CommandProperties = Record<string, string | number | undefined>;

function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function formatCommand(command: string, properties: CommandProperties, message: string): string {
  const props = Object.entries(properties)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined && entry[1] !== '')
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    .join(',');
  return `::${command}${props ? ` ${props}` : ''}::${escapeData(message)}`;
}

export function issueCommand(command: string, properties: CommandProperties, message: string): void {
  process.stdout.write(formatCommand(command, properties, message) + EOL);
}

function appendFileCommand(variable: 'GITHUB_OUTPUT' | 'GITHUB_STATE' | 'GITHUB_ENV' | 'GITHUB_PATH', line: string): boolean {
  const file = process.env[variable];
  if (!file) return false;
  appendFileSync(file, line + EOL, 'utf8');
  return true;
}

function keyValue(key: string, value: string): string {
  const delimiter = `ghadelimiter_${randomUUID()}`;
  if (key.includes(delimiter) || value.includes(delimiter)) throw new Error(`value for ${key} contains the delimiter`);
  return `${key}<<${delimiter}${EOL}${value}${EOL}${delimiter}`;
}

function toText(value: unknown): string {
  if (value === undefined || value === null) return '';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

export function setOutput(name: string, value: unknown): void {
  if (!appendFileCommand('GITHUB_OUTPUT', keyValue(name, toText(value)))) {
    issueCommand('set-output', { name }, toText(value));
  }
}

export function saveState(name: string, value: unknown): void {
  if (!appendFileCommand('GITHUB_STATE', keyValue(name, toText(value)))) {
    issueCommand('save-state', { name }, toText(value));
  }
}

export function getState(name: string): string {
  return process.env[`STATE_${name}`] ?? '';
}

export function exportVariable(name: string, value: unknown): void {
  process.env[name] = toText(value);
  if (!appendFileCommand('GITHUB_ENV', keyValue(name, toText(value)))) {
    issueCommand('set-env', { name }, toText(value));
  }
}

export function addPath(dir: string): void {
  if (!appendFileCommand('GITHUB_PATH', dir)) issueCommand('add-path', {}, dir);
  process.env.PATH = `${dir}${process.platform === 'win32' ? ';' : ':'}${process.env.PATH ?? ''}`;
}

/** Registers a value with the runner's log masker. Multi-line values are masked line by line. */
export function setSecret(value: string): void {
  for (const line of value.split(/\r?\n/)) {
    if (line.trim() !== '') issueCommand('add-mask', {}, line);
  }
}

export function isDebug(): boolean {
  return process.env.RUNNER_DEBUG === '1';
}

export function debug(message: string): void {
  issueCommand('debug', {}, message);
}

export function info(message: string): void {
  process.stdout.write(message + EOL);
}

export function annotate(level: AnnotationLevel, message: string, props: AnnotationProperties = {}): void {
  issueCommand(level, { title: props.title, file: props.file, line: props.line, endLine: props.endLine, col: props.col, endColumn: props.endColumn }, message);
}

export function startGroup(name: string): void {
  issueCommand('group', {}, name);
}

export function endGroup(): void {
  issueCommand('endgroup', {}, '');
}

/** Runs `work` inside a collapsible log group and logs how long it took. */
export async function group<T>(name: string, work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  startGroup(name);
  try {
    return await work();
  } finally {
    endGroup();
    info(`${name}: ${formatElapsed(performance.now() - started)}`);
  }
}
