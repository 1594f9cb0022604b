// Recognises a report by its content, never by its name: coverage, test and findings
// reports often share extensions (.xml, .json) and names (report.xml).
import { open } from 'node:fs/promises';
import { REPORT_FORMATS } from './formats.ts';
import type { AnyReportFormat, XmlRoot } from './parsers/format.ts';

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

/** The format a file's head shows; `json` when the parsed document decides (see recogniseJson); undefined when none. */
export function recogniseHead(head: string): AnyReportFormat | 'json' | undefined {
  const text = head.replace(/^\uFEFF/, '').trimStart();
  if (text.startsWith('{') || text.startsWith('[')) return 'json';
  const root = text.startsWith('<') ? (rootElement(text) ?? NO_ROOT) : undefined;
  return REPORT_FORMATS.find(({ recognise }) => {
    if (recognise.content === 'text') return root === undefined && recognise.test(text);
    if (recognise.content === 'xml') return root !== undefined && recognise.test(root, text);
    return false;
  });
}

export function recogniseJson(document: unknown): AnyReportFormat | undefined {
  return REPORT_FORMATS.find(({ recognise }) => recognise.content === 'json' && recognise.test(document));
}

/** The name of the format a file's head shows, `json` for JSON, or `unknown`. */
export function detectFormat(head: string): string {
  const format = recogniseHead(head);
  return format === 'json' ? 'json' : (format?.name ?? 'unknown');
}

const NO_ROOT: XmlRoot = { name: '', tag: '' };

/** The first element of an XML document, skipping the declaration, comments and the doctype. */
function rootElement(text: string): XmlRoot | undefined {
  const stripped = text
    .replace(/<\?[\s\S]*?\?>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<!DOCTYPE[^>[]*(\[[\s\S]*?\])?\s*>/i, '');
  const match = /<([A-Za-z_][\w:.-]*)([^>]*)>?/.exec(stripped);
  return match ? { name: match[1] ?? '', tag: match[0] } : undefined;
}
