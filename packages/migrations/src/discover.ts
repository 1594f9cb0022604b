// Finds migration files and the transaction mode their runner uses.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ConfigurationError } from '@devops-actions/toolkit';
import type { TransactionMode } from './lint.ts';
import type { Layout } from './vocabulary.ts';

export interface MigrationFile {
  /** Path relative to the root given to discover(), forward slashes. */
  file: string;
  version?: string;
  transaction: TransactionMode;
  /** The SQL to lint: for goose/dbmate only the up section. */
  sql: string;
  /** The down migration, where the tool has them (golang-migrate files, goose and dbmate sections). */
  down?: string;
  /** Set when the file is not valid UTF-8: the byte offset of the first invalid sequence. */
  invalidUtf8At?: number;
}

/** The offset of the first byte that does not decode as UTF-8, or undefined. */
function invalidUtf8(buf: Buffer): number | undefined {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(buf);
    return undefined;
  } catch {
    // Narrow down by halves: decoding is linear, so this stays cheap.
    let lo = 0;
    let hi = buf.length;
    while (hi - lo > 4) {
      const mid = (lo + hi) >> 1;
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(buf.subarray(0, mid));
        lo = mid;
      } catch {
        hi = mid;
      }
    }
    return lo;
  }
}

export interface Discovery {
  layout: Layout;
  files: MigrationFile[];
}

function listSql(dir: string, depth = 2): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    if (entry.isDirectory() && depth > 0 && entry.name !== 'node_modules' && !entry.name.startsWith('.')) out.push(...listSql(p, depth - 1));
    else if (entry.isFile() && entry.name.endsWith('.sql')) out.push(p);
  }
  return out.sort();
}

function detect(root: string, files: string[]): Layout {
  const names = files.map((f) => relative(root, f).replaceAll('\\', '/'));
  if (names.some((n) => /(^|\/)\d[^/]*\/migration\.sql$/.test(n))) return 'prisma';
  if (existsSync(join(root, 'atlas.sum'))) return 'atlas';
  if (existsSync(join(root, 'meta', '_journal.json'))) return 'drizzle';
  if (names.some((n) => /(^|\/)[VR]\d*_?_[^/]*\.sql$/.test(n) && /(^|\/)V\d+(\.\d+)*__/.test(n))) return 'flyway';
  if (names.some((n) => /\.up\.sql$/.test(n))) return 'golang-migrate';
  const texts = files.slice(0, 20).map((f) => readFileSync(f, 'utf8'));
  if (texts.some((t) => /^--\s*\+goose\s+Up/im.test(t))) return 'goose';
  if (texts.some((t) => /^--\s*migrate:up/im.test(t))) return 'dbmate';
  if (/(^|\/)supabase\/migrations\/?$/.test(root.replaceAll('\\', '/'))) return 'supabase';
  return 'sql';
}

function upSection(layout: Layout, text: string): { sql: string; down?: string; transaction: TransactionMode | undefined } {
  if (layout === 'goose') {
    const noTx = /^--\s*\+goose\s+NO\s+TRANSACTION/im.test(text);
    const down = text.search(/^--\s*\+goose\s+Down/im);
    // The down section keeps its place: blank lines stand for the up part, so its line numbers stay the file's.
    return { sql: down < 0 ? text : text.slice(0, down), down: down < 0 ? undefined : blankBefore(text, down), transaction: noTx ? 'none' : 'wrapped' };
  }
  if (layout === 'dbmate') {
    const noTx = /^--\s*migrate:up[^\n]*transaction:false/im.test(text);
    const down = text.search(/^--\s*migrate:down/im);
    return { sql: down < 0 ? text : text.slice(0, down), down: down < 0 ? undefined : blankBefore(text, down), transaction: noTx ? 'none' : 'wrapped' };
  }
  return { sql: text, transaction: undefined };
}

function blankBefore(text: string, at: number): string {
  return '\n'.repeat(text.slice(0, at).split('\n').length - 1) + text.slice(at);
}

const RUNNER_TRANSACTION: Record<Layout, TransactionMode> = {
  prisma: 'wrapped',
  flyway: 'wrapped',
  'golang-migrate': 'none',
  goose: 'wrapped',
  dbmate: 'wrapped',
  supabase: 'wrapped',
  drizzle: 'wrapped',
  atlas: 'wrapped',
  sql: 'none',
};

export function versionFor(layout: Layout, name: string): string | undefined {
  const base = name.split('/').at(layout === 'prisma' ? -2 : -1) ?? name;
  const m = layout === 'flyway' ? /^V(\d+(?:[._]\d+)*)__/.exec(base) : /^(\d+)/.exec(base);
  return m?.[1];
}

/** Lists the migrations under `root` (up files only) in apply order. */
export function discover(root: string, layout?: Layout): Discovery {
  if (!existsSync(root) || !statSync(root).isDirectory()) throw new ConfigurationError('path', `${root} is not a directory`, 'db/migrations');
  const all = listSql(root);
  const chosen = layout ?? detect(root, all);
  const files: MigrationFile[] = [];
  for (const path of all) {
    const file = relative(root, path).replaceAll('\\', '/');
    if (chosen === 'golang-migrate' && !file.endsWith('.up.sql')) continue;
    if (chosen === 'prisma' && !file.endsWith('/migration.sql')) continue;
    const buf = readFileSync(path);
    const text = new TextDecoder('utf-8', { fatal: false }).decode(buf);
    const { sql, down, transaction } = upSection(chosen, text);
    const bad = invalidUtf8(buf);
    const downFile = chosen === 'golang-migrate' ? path.replace(/\.up\.sql$/, '.down.sql') : undefined;
    const downSql = down ?? (downFile && existsSync(downFile) ? readFileSync(downFile, 'utf8') : undefined);
    files.push({
      file,
      version: versionFor(chosen, file),
      transaction: transaction ?? RUNNER_TRANSACTION[chosen],
      sql,
      ...(downSql === undefined ? {} : { down: downSql }),
      ...(bad === undefined ? {} : { invalidUtf8At: bad }),
    });
  }
  return { layout: chosen, files };
}

/** Where migrations usually live, in the order they are looked for. */
export const MIGRATION_DIRS = [
  'migrations',
  'db/migrations',
  'prisma/migrations',
  'supabase/migrations',
  'drizzle',
  'migrations/sql',
  'sql/migrations',
  'database/migrations',
];

/** The first usual migrations folder under `root` that exists, or undefined. */
export function findMigrationsDir(root: string): string | undefined {
  return MIGRATION_DIRS.find((dir) => existsSync(join(root, dir)) && statSync(join(root, dir)).isDirectory());
}
