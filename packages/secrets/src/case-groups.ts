// Rules write case-insensitive parts as `(?i:...)` (RegExp modifiers). Node.js 22, which the
// CLI supports, does not know them: there a rule is compiled with each such group spelled out,
// a letter becoming `[xX]` and a class gaining the other case. For ASCII text this matches
// exactly what the modifier does (non-ASCII letters never fold onto ASCII ones).

/** How long the escape at `i` (a backslash) is: `\u00e9`, `\x41`, `\cJ`, `\k<name>`, `\p{L}`, `\u{1F600}` are one unit. */
function escapeLength(body: string, i: number): number {
  const next = body[i + 1] ?? '';
  const braced = (from: number, close: string) => {
    const end = body.indexOf(close, from);
    return end < 0 ? 2 : end - i + 1;
  };
  if (next === 'k' && body[i + 2] === '<') return braced(i + 3, '>');
  if ((next === 'p' || next === 'P' || next === 'u') && body[i + 2] === '{') return braced(i + 3, '}');
  if (next === 'u') return 6;
  if (next === 'x') return 4;
  if (next === 'c') return 3;
  return 2;
}

function otherCase(char: string): string {
  const lower = char.toLowerCase();
  return lower === char ? char.toUpperCase() : lower;
}

/** The body of a `(?i:...)` group with the case of every letter spelled out. */
function spellOutCase(body: string): string {
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i] ?? '';
    if (c === '\\') {
      const length = escapeLength(body, i);
      out += body.slice(i, i + length);
      i += length - 1;
    } else if (c === '[') {
      // A class: copy it, then add the other case of its letters and letter ranges.
      let end = i + 1;
      if (body[end] === '^') end++;
      if (body[end] === ']') end++;
      while (end < body.length && body[end] !== ']') end += body[end] === '\\' ? 2 : 1;
      const inner = body.slice(i + 1, end);
      let extra = '';
      for (const m of inner.matchAll(/\\(?:u\{[^}]*\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|c[A-Za-z]|[pP]\{[^}]*\}|.)|([A-Za-z])-([A-Za-z])|([A-Za-z])/g)) {
        if (m[1] !== undefined && m[2] !== undefined) extra += `${otherCase(m[1])}-${otherCase(m[2])}`;
        else if (m[3] !== undefined) extra += otherCase(m[3]);
      }
      // Added first: at the end, after a literal `-`, it would read as a range.
      const negated = inner.startsWith('^') ? '^' : '';
      out += `[${negated}${extra}${inner.slice(negated.length)}]`;
      i = end;
    } else if (c === '{' && /^\{\d+(?:,\d*)?\}/.test(body.slice(i))) {
      // A quantifier: digits and commas, no letters to spell out (a `{` that starts none is a literal).
      const end = body.indexOf('}', i);
      out += body.slice(i, end + 1);
      i = end;
    } else if (c === '(' && body[i + 1] === '?') {
      // Group syntax (`(?:`, `(?=`, `(?<name>`) is copied as it is.
      const named = /^\(\?<[A-Za-z_]\w*>/.exec(body.slice(i))?.[0];
      const syntax = named ?? body.slice(i, i + 3);
      out += syntax;
      i += syntax.length - 1;
    } else out += /[A-Za-z]/.test(c) ? `[${c}${otherCase(c)}]` : c;
  }
  return out;
}

/** `source` with every `(?i:...)` group rewritten as a plain group that matches the same. */
export function withoutCaseModifiers(source: string): string {
  let out = '';
  let i = 0;
  for (;;) {
    const start = source.indexOf('(?i:', i);
    if (start === -1) return out + source.slice(i);
    out += source.slice(i, start);
    // Find the group's closing parenthesis, past escapes, classes and nested groups.
    let depth = 1;
    let j = start + 4;
    while (j < source.length && depth > 0) {
      const c = source[j];
      if (c === '\\') j += 2;
      else if (c === '[') {
        j++;
        while (j < source.length && source[j] !== ']') j += source[j] === '\\' ? 2 : 1;
        j++;
      } else {
        if (c === '(') depth++;
        else if (c === ')') depth--;
        j++;
      }
    }
    // An unclosed group is left as written: the RegExp refuses it, as it should.
    if (depth > 0) return source;
    out += `(?:${spellOutCase(source.slice(start + 4, j - 1))})`;
    i = j;
  }
}

/**
 * A rule's regular expression, compiled as written where the runtime knows RegExp modifiers
 * (Node.js 24, the actions' runtime), and with its `(?i:...)` groups spelled out where it does not.
 */
export function compileRegExp(source: string, flags: string): RegExp {
  try {
    return new RegExp(source, flags);
  } catch (error) {
    if (!source.includes('(?i:')) throw error;
    return new RegExp(withoutCaseModifiers(source), flags);
  }
}
