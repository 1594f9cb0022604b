// Parses what an action wrote the way the runner reads it: workflow commands on stdout
// and key/value file commands (GITHUB_OUTPUT, GITHUB_STATE, GITHUB_ENV).

export interface ParsedAnnotation {
  level: 'error' | 'warning' | 'notice';
  message: string;
  file?: string;
  line?: number;
  endLine?: number;
  col?: number;
  endColumn?: number;
  title?: string;
}

export interface ParsedCommand {
  command: string;
  properties: Record<string, string>;
  message: string;
}

function unescapeData(value: string): string {
  return value.replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%25/g, '%');
}

function unescapeProperty(value: string): string {
  return unescapeData(value.replace(/%3A/g, ':').replace(/%2C/g, ','));
}

export function parseCommandLine(line: string): ParsedCommand | undefined {
  const match = /^::([A-Za-z][\w-]*)(?: ([^:]*))?::(.*)$/.exec(line.replace(/\r$/, ''));
  if (!match) return undefined;
  const properties: Record<string, string> = {};
  for (const pair of (match[2] ?? '').split(',')) {
    const eq = pair.indexOf('=');
    if (eq > 0) properties[pair.slice(0, eq)] = unescapeProperty(pair.slice(eq + 1));
  }
  return { command: match[1] ?? '', properties, message: unescapeData(match[3] ?? '') };
}

export function parseCommands(stdout: string): ParsedCommand[] {
  return stdout
    .split('\n')
    .map(parseCommandLine)
    .filter((c): c is ParsedCommand => c !== undefined);
}

export function toAnnotation(command: ParsedCommand): ParsedAnnotation | undefined {
  if (command.command !== 'error' && command.command !== 'warning' && command.command !== 'notice') return undefined;
  const p = command.properties;
  const num = (v: string | undefined) => (v === undefined ? undefined : Number(v));
  const annotation: ParsedAnnotation = { level: command.command, message: command.message };
  if (p.file !== undefined) annotation.file = p.file;
  if (p.line !== undefined) annotation.line = num(p.line);
  if (p.endLine !== undefined) annotation.endLine = num(p.endLine);
  if (p.col !== undefined) annotation.col = num(p.col);
  if (p.endColumn !== undefined) annotation.endColumn = num(p.endColumn);
  if (p.title !== undefined) annotation.title = p.title;
  return annotation;
}

/** Reads a GITHUB_OUTPUT-style file: `key=value` lines and `key<<DELIM` heredocs. */
export function parseKeyValueFile(text: string): Record<string, string> {
  const values: Record<string, string> = {};
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line === '') continue;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, key = '', delimiter = ''] = heredoc;
      const body: string[] = [];
      i++;
      while (i < lines.length && lines[i] !== delimiter) body.push(lines[i++] ?? '');
      if (i >= lines.length) throw new Error(`unterminated heredoc for ${key} (delimiter ${delimiter})`);
      values[key] = body.join('\n');
      continue;
    }
    const eq = line.indexOf('=');
    if (eq <= 0) throw new Error(`malformed file-command line: ${line}`);
    values[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return values;
}
