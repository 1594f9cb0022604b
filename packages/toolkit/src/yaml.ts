// YAML text to plain values whose every key path can be traced back to its line: the parsing
// half of the config reader (`./config.ts`), loaded only where there is a file to parse.
import { isMap, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import { formatKeyPath, type KeyPath } from './config.ts';
import { ConfigurationError } from './errors.ts';

/** A parsed YAML config: its plain value, and where each key path is in the file. */
export interface ParsedConfig {
  value: unknown;
  /** `file:line key.path` for an error subject. */
  locate: (path: KeyPath) => string;
}

/** Parses YAML text; invalid YAML (or a key given twice) is a ConfigurationError naming the line. */
export function parseYamlConfig(text: string, file: string, example?: string): ParsedConfig {
  const lines = new LineCounter();
  const document = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const first = document.errors[0];
  if (first) {
    const line = lines.linePos(first.pos[0]).line;
    throw new ConfigurationError(`${file}:${line}`, `is not valid YAML: ${first.message.split('\n')[0] ?? 'parse error'}`, example);
  }
  return { value: document.toJS() as unknown, locate: yamlLocator(document, lines, file) };
}

/** The line of a key path: the key's own line for a map member, the item's for a list item, the nearest parent's when it is absent. */
function yamlLocator(document: Document, lines: LineCounter, file: string): (path: KeyPath) => string {
  return (path) => {
    let node: unknown = document.contents;
    let offset: number | undefined;
    for (let depth = 0; depth <= path.length; depth++) {
      const range = (node as { range?: [number, number, number] } | null)?.range;
      if (range) offset = range[0];
      if (depth === path.length) break;
      const key = path[depth];
      if (isMap(node)) {
        const pair = node.items.find((item) => (item.key as { value?: unknown } | null)?.value === key);
        if (!pair) break;
        const keyRange = (pair.key as { range?: [number, number, number] } | null)?.range;
        if (keyRange) offset = keyRange[0];
        node = pair.value;
        if (depth === path.length - 1) break;
      } else if (isSeq(node) && typeof key === 'number') {
        node = node.items[key];
      } else break;
    }
    const line = offset === undefined ? undefined : lines.linePos(offset).line;
    return `${file}${line === undefined ? '' : `:${line}`}${path.length > 0 ? ` ${formatKeyPath(path)}` : ''}`;
  };
}
