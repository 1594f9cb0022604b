// The one JSON-path module. A small, documented subset of JSONPath (RFC 9535) for assertions and version fields:
//
//   $                 the whole document
//   $.name            a member (letters, digits, _ and -; the leading `$.` may be left out)
//   $['any name']     a member with any characters (single or double quotes)
//   $[0], $[-1]       an array element, counting from the end when negative
//
// Filters, wildcards, slices and recursive descent are not supported: an assertion should
// name one value. An unsupported path is refused when the config is read, before any request.

export type Segment = string | number;

export interface JsonPath {
  text: string;
  segments: Segment[];
}

import { ConfigurationError } from './errors.ts';

/** A path that is not in the supported subset: the user's to fix, like any configuration value. */
export class JsonPathError extends ConfigurationError {
  override readonly name: string = 'JsonPathError';
  /** `setting` names where the path was given (`version-from`, `checks.yml:4 expect-json`); without it the message is the problem alone. */
  constructor(problem: string, setting?: { subject: string; example?: string }) {
    super(setting?.subject ?? 'path', problem, setting?.example, { plain: setting === undefined });
  }
}

/** Compiles a path; one outside the subset is a JsonPathError naming `setting` when given. */
export function compileJsonPath(text: string, setting?: { subject: string; example?: string }): JsonPath {
  const source = text.trim();
  let rest = source.startsWith('$') ? source.slice(1) : source === '' ? '' : `.${source}`;
  const segments: Segment[] = [];
  while (rest !== '') {
    let match: RegExpExecArray | null;
    if ((match = /^\.([A-Za-z_][\w-]*)/.exec(rest))) {
      segments.push(match[1] ?? '');
    } else if ((match = /^\[\s*(-?\d+)\s*\]/.exec(rest))) {
      segments.push(Number(match[1]));
    } else if ((match = /^\[\s*'((?:[^'\\]|\\.)*)'\s*\]/.exec(rest)) || (match = /^\[\s*"((?:[^"\\]|\\.)*)"\s*\]/.exec(rest))) {
      segments.push((match[1] ?? '').replace(/\\(.)/g, '$1'));
    } else {
      const unsupported = /^(\.\.|\[\*\]|\.\*|\[\?|\[\d*:)/.test(rest);
      throw new JsonPathError(
        unsupported
          ? `"${text}" uses ${rest.slice(0, 3)}…, which is not supported: name one value with .member, ['member'] or [index]`
          : `"${text}" is not a valid path near "${rest.slice(0, 12)}"`,
        setting,
      );
    }
    rest = rest.slice(match[0].length);
  }
  return { text: source, segments };
}

/** Resolves a path; `found` is false when any step is missing. */
export function evaluateJsonPath(path: JsonPath, document: unknown): { found: boolean; value?: unknown } {
  let current: unknown = document;
  for (const segment of path.segments) {
    if (typeof segment === 'number') {
      if (!Array.isArray(current)) return { found: false };
      const index = segment < 0 ? current.length + segment : segment;
      if (index < 0 || index >= current.length) return { found: false };
      current = current[index] as unknown;
    } else {
      if (current === null || typeof current !== 'object' || Array.isArray(current) || !Object.hasOwn(current, segment)) return { found: false };
      current = (current as Record<string, unknown>)[segment];
    }
  }
  return { found: true, value: current };
}
