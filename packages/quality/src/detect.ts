// Recognises a report by its content, never by its name: coverage, test and findings
// reports often share extensions (.xml, .json) and names (report.xml).
import { open } from 'node:fs/promises';

export type ReportFormat =
  | 'lcov'
  | 'cobertura'
  | 'clover'
  | 'jacoco'
  | 'go'
  | 'junit'
  | 'checkstyle'
  /** JSON: told apart after parsing (SARIF, ESLint, Istanbul final or summary). */
  | 'json'
  | 'unknown';

export async function readHead(file: string, bytes = 8192): Promise<string> {
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.alloc(bytes);
    const { bytesRead } = await handle.read(buffer, 0, bytes, 0);
    return buffer.subarray(0, bytesRead).toString('utf8');
  } finally {
    await handle.close();
  }
}

export function detectFormat(head: string): ReportFormat {
  const text = head.replace(/^\uFEFF/, '').trimStart();
  if (text.startsWith('{') || text.startsWith('[')) return 'json';
  if (text.startsWith('mode:')) return 'go';
  if (/^(TN|SF|FN|DA|LF|LH|BRDA|FNDA|VER):/m.test(text.slice(0, 2000)) && !text.startsWith('<')) return 'lcov';
  if (!text.startsWith('<')) return 'unknown';
  const root = rootElement(text);
  switch (root?.name) {
    case 'coverage':
      if (/\bclover=|<project\b/.test(root.tag + text.slice(0, 4000)) && !/line-rate=/.test(root.tag)) return 'clover';
      return 'cobertura';
    case 'report':
      return 'jacoco';
    case 'testsuites':
    case 'testsuite':
    case 'testrun':
      return 'junit';
    case 'checkstyle':
      return 'checkstyle';
    default:
      return /JACOCO/.test(text.slice(0, 500)) ? 'jacoco' : 'unknown';
  }
}

/** The first element of an XML document, skipping the declaration, comments and the doctype. */
function rootElement(text: string): { name: string; tag: string } | undefined {
  const stripped = text
    .replace(/<\?[\s\S]*?\?>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<!DOCTYPE[^>[]*(\[[\s\S]*?\])?\s*>/i, '');
  const match = /<([A-Za-z_][\w:.-]*)([^>]*)>?/.exec(stripped);
  return match ? { name: match[1] ?? '', tag: match[0] } : undefined;
}
