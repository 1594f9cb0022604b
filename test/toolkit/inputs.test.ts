import { describe, expect, it } from 'vitest';
import {
  ConfigurationError,
  input,
  parseBoolean,
  parseDuration,
  parseEnum,
  parseGlobList,
  parseInteger,
  parseJson,
  parseList,
  readInputs,
} from '@devops-actions/toolkit/runner';

function configError(fn: () => unknown): ConfigurationError {
  try {
    fn();
  } catch (error) {
    if (error instanceof ConfigurationError) return error;
    throw error;
  }
  throw new Error('expected a ConfigurationError');
}

describe('input readers', () => {
  it('accepts only the YAML 1.2 boolean spellings', () => {
    for (const raw of ['true', 'True', 'TRUE']) expect(parseBoolean('comment', raw)).toBe(true);
    for (const raw of ['false', 'False', 'FALSE']) expect(parseBoolean('comment', raw)).toBe(false);
    const error = configError(() => parseBoolean('comment', 'yes'));
    expect(error.subject).toBe('comment');
    expect(error.message).toBe('comment: "yes" is not a boolean; use true or false (YAML 1.2: true, True, TRUE, false, False, FALSE) (for example: true)');
  });

  it('reads integers within a range and names the bound that was crossed', () => {
    expect(parseInteger('requests', '25', { min: 1, max: 1000 })).toBe(25);
    expect(configError(() => parseInteger('requests', '0', { min: 1 })).message).toBe('requests: 0 is below the minimum of 1 (for example: 1)');
    expect(configError(() => parseInteger('requests', '5000', { max: 1000 })).message).toContain('above the maximum of 1000');
    expect(configError(() => parseInteger('requests', '2.5')).message).toContain('"2.5" is not a whole number');
    expect(configError(() => parseInteger('requests', '99999999999999999999')).message).toContain('too large');
  });

  it('reads durations with units and refuses a bare number', () => {
    expect(parseDuration('wait-timeout', '90s')).toBe(90_000);
    expect(parseDuration('wait-timeout', '5m')).toBe(300_000);
    expect(parseDuration('wait-timeout', '1h30m')).toBe(5_400_000);
    expect(parseDuration('wait-timeout', '250ms')).toBe(250);
    expect(parseDuration('wait-timeout', '1.5s')).toBe(1500);
    expect(configError(() => parseDuration('wait-timeout', '90')).message).toBe(
      'wait-timeout: a unit is required (ms, s, m, h or d) (for example: 90s, 5m or 1h30m)',
    );
    expect(configError(() => parseDuration('wait-timeout', 'soon')).message).toContain('"soon" is not a duration');
    expect(configError(() => parseDuration('wait-timeout', '2h', { maxMs: 3_600_000 })).message).toContain('longer than the maximum');
  });

  it('splits lists on newlines and commas, dropping blanks', () => {
    expect(parseList('a, b\n\n c ,\nd')).toEqual(['a', 'b', 'c', 'd']);
    expect(parseList('')).toEqual([]);
  });

  it('reads enums and says which values are allowed', () => {
    expect(parseEnum('mode', 'tree', ['auto', 'tree'] as const)).toBe('tree');
    expect(configError(() => parseEnum('mode', 'all', ['auto', 'tree'] as const)).message).toBe('mode: "all" is not one of auto, tree (for example: auto)');
  });

  it('reads glob lists one per line, keeping brace commas, and rejects broken patterns', () => {
    expect(parseGlobList('coverage', 'coverage/**/lcov.info\n# comment\n!**/vendor/**\nsrc/{a,b}/*.xml')).toEqual([
      'coverage/**/lcov.info',
      '!**/vendor/**',
      'src/{a,b}/*.xml',
    ]);
    expect(configError(() => parseGlobList('coverage', 'src/{a,b/*.xml')).message).toContain('unbalanced');
  });

  it('reads JSON and reports where it broke', () => {
    expect(parseJson('metrics', '{"name":"size","value":3}')).toEqual({ name: 'size', value: 3 });
    expect(configError(() => parseJson('metrics', '{"name":')).message).toMatch(/^metrics: not valid JSON: /);
  });

  it('reads a whole spec at once, applying declared defaults, and fails on the first bad input', () => {
    const specs = {
      mode: input.enum(['auto', 'tree'] as const, { description: 'Scan mode.', default: 'auto' }),
      'fail-on': input.enum(['high', 'low'] as const, { description: 'Severity floor.', default: 'high' }),
      comment: input.boolean({ description: 'Post a comment.', default: 'false' }),
      timeout: input.duration({ description: 'Timeout.', default: '30s' }),
      token: input.requiredString({ description: 'Token.' }),
      paths: input.list({ description: 'Paths.' }),
    };
    const values = readInputs(specs, { 'INPUT_FAIL-ON': 'low', INPUT_TOKEN: 't', INPUT_PATHS: 'a\nb' });
    expect(values).toEqual({ mode: 'auto', 'fail-on': 'low', comment: false, timeout: 30_000, token: 't', paths: ['a', 'b'] });
    expect(configError(() => readInputs(specs, {})).message).toBe('token: is required and was not given (for example: Token.)');
    expect(configError(() => readInputs(specs, { INPUT_TOKEN: 't', INPUT_COMMENT: 'on' })).subject).toBe('comment');
  });
});

describe('secret inputs', () => {
  it('are masked as they are read, but an unexpanded ${{ }} default is not', async () => {
    const { vi } = await import('vitest');
    const lines: string[] = [];
    const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      lines.push(String(chunk));
      return true;
    });
    const specs = {
      token: input.string({ description: 'Token.', default: '${{ github.token }}', secret: true }),
      mode: input.string({ description: 'Mode.' }),
    };
    readInputs(specs, { INPUT_TOKEN: 'tok-123456', INPUT_MODE: 'fast' });
    readInputs(specs, {});
    spy.mockRestore();
    expect(lines.filter((l) => l.startsWith('::add-mask::'))).toEqual([
      '::add-mask::tok-123456\n',
      `::add-mask::${Buffer.from('tok-123456').toString('base64')}\n`,
      `::add-mask::${Buffer.from('tok-123456').toString('base64url')}\n`,
    ]);
  });
});
