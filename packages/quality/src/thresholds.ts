// One written form for every percentage: `80%`. `80` and `0.8` are refused with the right spelling.
import { ConfigurationError } from '@devops-actions/toolkit';

/** A threshold written wrong: a user error naming the input or option and a value that works. */
export class ThresholdError extends ConfigurationError {
  override readonly name: string = 'ThresholdError';
}

export function parsePercent(subject: string, raw: string, options: { allowNegative?: boolean } = {}): number {
  const text = raw.trim();
  const match = /^([-+]?\d+(?:\.\d+)?)\s*%$/.exec(text);
  if (match) {
    const value = Number(match[1]);
    if (value < 0 && !options.allowNegative) throw new ThresholdError(subject, `"${raw}" is negative; write the amount without a sign`, `${-value}%`);
    if (value > 100) throw new ThresholdError(subject, `"${raw}" is above 100%`, '80%');
    return value;
  }
  if (/^[-+]?\d+(?:\.\d+)?$/.test(text)) {
    const value = Number(text);
    const suggestion = Math.abs(value) > 0 && Math.abs(value) <= 1 && text.includes('.') ? `${Math.round(value * 10000) / 100}%` : `${text}%`;
    throw new ThresholdError(subject, `"${raw}" has no % sign; percentages are written with one: ${suggestion}`, suggestion);
  }
  throw new ThresholdError(subject, `"${raw}" is not a percentage`, '80%');
}

export type MetricOperator = '<' | '<=' | '>' | '>=' | '==';

export interface MetricThreshold {
  name: string;
  operator: MetricOperator;
  value: number;
}

/** `bundle-size <= 250000`, `ops-per-second >= 1200`, one per line. */
export function parseMetricThreshold(subject: string, line: string): MetricThreshold {
  const match = /^\s*([\w.:/-]+)\s*(<=|>=|==|<|>)\s*([-+]?\d+(?:\.\d+)?(?:e[-+]?\d+)?)\s*$/i.exec(line);
  if (!match) throw new ThresholdError(subject, `"${line}" is not "<metric> <operator> <number>"`, 'bundle-size <= 250000');
  return { name: match[1] ?? '', operator: match[2] as MetricOperator, value: Number(match[3]) };
}

export function compareMetric(value: number, threshold: MetricThreshold): boolean {
  switch (threshold.operator) {
    case '<':
      return value < threshold.value;
    case '<=':
      return value <= threshold.value;
    case '>':
      return value > threshold.value;
    case '>=':
      return value >= threshold.value;
    case '==':
      return value === threshold.value;
  }
}
