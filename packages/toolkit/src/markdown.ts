// Markdown building blocks shared by reports, job summaries and PR comments.

export type Status = 'passed' | 'failed' | 'warning' | 'neutral' | 'skipped' | 'running';

const BADGES: Record<Status, string> = {
  passed: '✅ passed',
  failed: '❌ failed',
  warning: '⚠️ warning',
  neutral: '➖ neutral',
  skipped: '⏭️ skipped',
  running: '⏳ running',
};

export function badge(status: Status, label?: string): string {
  const text = BADGES[status];
  return label === undefined ? text : `${text.split(' ')[0] ?? ''} ${label}`;
}

export function heading(text: string, level: 1 | 2 | 3 | 4 = 2): string {
  return `${'#'.repeat(level)} ${text}\n`;
}

/** Escapes text for a Markdown table cell: pipes, newlines and HTML. */
export function cell(value: unknown): string {
  let text: string;
  if (value === undefined || value === null) text = '';
  else if (typeof value === 'string') text = value;
  else if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') text = value.toString();
  else text = JSON.stringify(value);
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}

export type Align = 'left' | 'right' | 'center';

/** A Markdown table. Cells are escaped unless marked raw with {@link raw}. */
export function table(header: readonly string[], rows: readonly (readonly unknown[])[], align: readonly Align[] = []): string {
  const rule = header.map((_, i) => ({ left: '---', right: '--:', center: ':-:' })[align[i] ?? 'left']);
  const line = (cells: readonly unknown[]) => `| ${cells.map((c) => (c instanceof Raw ? c.text : cell(c))).join(' | ')} |`;
  return [line(header), `| ${rule.join(' | ')} |`, ...rows.map(line)].join('\n') + '\n';
}

/** Marks text as already-formatted Markdown so a table leaves it alone. */
export class Raw {
  readonly text: string;
  constructor(text: string) {
    this.text = text;
  }
}

export function raw(text: string): Raw {
  return new Raw(text);
}

export function details(label: string, content: string, open = false): string {
  return `<details${open ? ' open' : ''}><summary>${cell(label)}</summary>\n\n${content}\n\n</details>\n`;
}

export function code(text: string): string {
  const fence = text.includes('`') ? '``' : '`';
  return `${fence}${text.replace(/\r?\n/g, ' ')}${fence}`;
}

export function list(items: readonly string[]): string {
  return items.map((item) => `- ${item}`).join('\n') + '\n';
}
