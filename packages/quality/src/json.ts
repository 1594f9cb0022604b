import { ReportError } from './errors.ts';

/** JSON.parse with the error turned into the file, line and column where it broke. */
export function parseJsonFile(text: string, label: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const message = (error as Error).message;
    const at = /position (\d+)/.exec(message);
    const lineCol = /line (\d+) column (\d+)/.exec(message);
    if (lineCol) return fail(label, message, Number(lineCol[1]), Number(lineCol[2]));
    const offset = at ? Number(at[1]) : text.length;
    const before = text.slice(0, offset);
    const line = before.split('\n').length;
    const column = offset - before.lastIndexOf('\n');
    return fail(label, message, line, column);
  }
}

function fail(label: string, message: string, line: number, column: number): never {
  const problem = message.replace(/ in JSON at position \d+.*$/, '').replace(/\s*\(line \d+ column \d+\)/, '');
  throw new ReportError(label, `invalid JSON: ${problem}`, { line, column });
}
