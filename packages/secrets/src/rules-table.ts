// The rules table of secret-scan/README.md, generated from the rules themselves.
import { RULES, type RuleDefinition } from './rules.ts';

function escape(text: string): string {
  return text.replace(/\|/g, '\\|');
}

function how(rule: RuleDefinition): string {
  if (rule.kind === 'private-key') return 'PEM/armoured block, also indented, quoted or with escaped newlines';
  if (rule.kind === 'url') return 'URL with a password (placeholders and `${VAR}` ignored; localhost is low)';
  if (rule.kind === 'jwt') return 'signed JWT (anon/public roles ignored; service_role is high)';
  if (rule.kind === 'generic') return `keyword + entropy ≥ ${rule.minEntropy ?? 3} + not-a-word test`;
  if (rule.kind === 'pair') return `a 40-character secret within ${rule.window ?? 5} lines of \`${rule.pairWith ?? ''}\``;
  const parts: string[] = [];
  if (rule.context) parts.push(`assigned to a name containing ${rule.context.map((c) => `\`${c}\``).join(', ')}`);
  else parts.push(`prefix ${rule.keywords.map((k) => `\`${k}\``).join(', ')}`);
  if (rule.checksum) parts.push('**CRC32 checksum verified offline**');
  if (rule.minEntropy !== undefined && rule.context) parts.push(`entropy ≥ ${rule.minEntropy}`);
  return parts.join('; ');
}

export function rulesTable(rules: readonly RuleDefinition[] = RULES): string {
  const rows = [...rules].sort((a, b) => a.category.localeCompare(b.category) || a.provider.localeCompare(b.provider) || a.id.localeCompare(b.id));
  const lines = ['| id | provider | category | severity | what it finds | how |', '| --- | --- | --- | --- | --- | --- |'];
  for (const r of rows) lines.push(`| \`${r.id}\` | ${escape(r.provider)} | ${r.category} | ${r.severity} | ${escape(r.description)} | ${escape(how(r))} |`);
  return `${rules.length} rules, ${new Set(rules.map((r) => r.provider)).size} providers.\n\n${lines.join('\n')}\n`;
}
