// Rules write case-insensitive parts as `(?i:...)` (RegExp modifiers). Node.js 22, which the
// CLI supports, does not know them, so every rule source is compiled with each such group
// spelled out: a letter becomes `[xX]`, a class gains the other case. For ASCII text this
// matches exactly what the modifier does (non-ASCII letters never fold onto ASCII ones).

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
      out += body.slice(i, i + 2);
      i++;
    } else if (c === '[') {
      // A class: copy it, then add the other case of its letters and letter ranges.
      let end = i + 1;
      if (body[end] === '^') end++;
      if (body[end] === ']') end++;
      while (end < body.length && body[end] !== ']') end += body[end] === '\\' ? 2 : 1;
      const inner = body.slice(i + 1, end);
      let extra = '';
      for (const m of inner.matchAll(/\\.|([A-Za-z])-([A-Za-z])|([A-Za-z])/g)) {
        if (m[1] !== undefined && m[2] !== undefined) extra += `${otherCase(m[1])}-${otherCase(m[2])}`;
        else if (m[3] !== undefined) extra += otherCase(m[3]);
      }
      // Added first: at the end, after a literal `-`, it would read as a range.
      const negated = inner.startsWith('^') ? '^' : '';
      out += `[${negated}${extra}${inner.slice(negated.length)}]`;
      i = end;
    } else if (c === '{') {
      // A quantifier: digits and commas, no letters to spell out.
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
    out += `(?:${spellOutCase(source.slice(start + 4, j - 1))})`;
    i = j;
  }
}
