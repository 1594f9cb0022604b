// `devops-actions secret-scan`: the secret-scan engine on a local checkout.
import { writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { FAIL_ON } from '@devops-actions/secrets/fail-on';
import { parseEnum } from '@devops-actions/toolkit';
import { checkFormat, COMMON_USAGE, emitReport, EXIT, parseCommandArgs, UsageError, workDir, type Command } from '../command.ts';

const usage = `Usage: devops-actions secret-scan [--tree | --staged | --range A..B | --history] [options]
       devops-actions secret-scan baseline [--tree | --history] [--output FILE]

Finds committed credentials. With no mode, scans the working tree (tracked and untracked
files, honouring .gitignore).

Modes:
  --tree             the working tree (default)
  --staged           the index: what the next commit would add (for a pre-commit hook)
  --range A..B       every commit in A..B (added lines; removed ones are reported if still in history)
  --history          all refs, full history
  --since DATE|REF   with --history: only commits after a date (2026-01-31) or a ref

Options:
  --config FILE      the config file (default: .secret-scan.yml when it exists)
  --baseline FILE    known findings to leave out (default: .secret-scan-baseline.json when it exists)
  --fail-on LEVEL    high, medium, low or none (default: the config's fail-on, else medium)
  --max-file-size N  skip files larger than N bytes (default 1048576)
  --format FORMAT    text (default), json or sarif

\`baseline\` writes the findings of a tree (or --history) scan to .secret-scan-baseline.json
(or --output), sorted and without timestamps, so that they are no longer reported.

${COMMON_USAGE}

Exit codes: 0 nothing at or above fail-on, 1 findings, 2 usage or configuration error.
`;

export const command: Command = {
  name: 'secret-scan',
  summary: 'Find committed credentials in the working tree, the index, a range or the history',
  usage,
  async run(args, ctx) {
    const { values, positionals } = parseCommandArgs(
      args,
      {
        tree: { type: 'boolean' },
        staged: { type: 'boolean' },
        range: { type: 'string' },
        history: { type: 'boolean' },
        since: { type: 'string' },
        config: { type: 'string' },
        baseline: { type: 'string' },
        'fail-on': { type: 'string' },
        'max-file-size': { type: 'string' },
      },
      true,
    );
    if (values.help) {
      ctx.stdout(usage);
      return EXIT.ok;
    }
    const [sub, ...extra] = positionals;
    if (extra.length > 0 || (sub !== undefined && sub !== 'baseline'))
      throw new UsageError(`unexpected argument "${sub ?? ''}"; the only sub-command is \`baseline\``);
    const modes = [values.tree, values.staged, values.range !== undefined, values.history].filter(Boolean).length;
    if (modes > 1) throw new UsageError('give one of --tree, --staged, --range A..B or --history');
    if (values.since !== undefined && !values.history) throw new UsageError('--since goes with --history');
    const format = checkFormat(values.format, ['text', 'json', 'sarif']);
    const failOn = values['fail-on'] === undefined ? undefined : parseEnum('--fail-on', values['fail-on'], FAIL_ON);
    const maxFileSize = values['max-file-size'] === undefined ? undefined : Number(values['max-file-size']);
    if (maxFileSize !== undefined && (!Number.isInteger(maxFileSize) || maxFileSize < 1))
      throw new UsageError('--max-file-size: give a number of bytes, e.g. 1048576');
    let base: string | undefined;
    let head: string | undefined;
    if (values.range !== undefined) {
      const m = /^(.+?)\.\.(\.)?(.+)$/.exec(values.range);
      if (!m || m[2]) throw new UsageError(`--range: "${values.range}" is not A..B`);
      base = m[1];
      head = m[3];
    }
    const cwd = workDir(ctx, values.cwd);
    const mode = values.staged ? 'staged' : values.range !== undefined ? 'range' : values.history ? 'history' : 'tree';
    if (sub === 'baseline' && (mode === 'staged' || mode === 'range')) throw new UsageError('a baseline is made from a --tree (default) or --history scan');

    const engine = await import('@devops-actions/secrets');
    const config = engine.loadConfig(cwd, values.config);
    const baselinePath = resolve(cwd, values.baseline ?? engine.BASELINE_FILE);
    const result = await engine.scan({
      cwd,
      env: ctx.env,
      mode,
      base,
      head,
      since: values.since,
      config,
      baseline: sub === 'baseline' ? undefined : engine.readBaseline(baselinePath, values.baseline ?? engine.BASELINE_FILE),
      failOn,
      maxFileSize,
      fetch: false,
      suppressionSources: { config: relative(cwd, resolve(cwd, values.config ?? engine.CONFIG_FILE)), baseline: relative(cwd, baselinePath) },
      log: values.quiet ? undefined : (line) => ctx.stderr(`${line}\n`),
    });

    if (sub === 'baseline') {
      const entries = [...result.findings, ...result.suppressed.map((s) => s.finding)].map((f) => ({ fingerprint: f.fingerprint, rule: f.rule, file: f.file }));
      const out = values.output === undefined ? baselinePath : resolve(cwd, values.output);
      writeFileSync(out, engine.formatBaseline(entries));
      if (!values.quiet) ctx.stdout(`Wrote ${entries.length} finding${entries.length === 1 ? '' : 's'} to ${out}.\n${engine.scannedSentence(result)}\n`);
      return EXIT.ok;
    }

    const text =
      format === 'json'
        ? JSON.stringify(engine.toJson(result), null, 2) + '\n'
        : format === 'sarif'
          ? JSON.stringify(engine.toSarif(result, { version: '1.0.0' }), null, 2) + '\n'
          : engine.toText(result);
    emitReport(ctx, { cwd, output: values.output, quiet: values.quiet, format }, text);
    return result.failed ? EXIT.findings : EXIT.ok;
  },
};
