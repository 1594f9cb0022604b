// Custom metrics: JSON `{"name": "bundle-size", "value": 231337, "unit": "B"}`, an array of them,
// or `{"metrics": [...]}`.
import { readFile } from 'node:fs/promises';
import { ReportError } from '../errors.ts';
import { parseJsonFile } from '../json.ts';
import { isJsonObject, type ReportFormat } from './format.ts';

export interface Metric {
  name: string;
  value: number;
  unit?: string;
  file: string;
}

export function parseMetrics(json: unknown, label: string): Metric[] {
  const list = Array.isArray(json)
    ? json
    : json && typeof json === 'object' && Array.isArray((json as { metrics?: unknown }).metrics)
      ? (json as { metrics: unknown[] }).metrics
      : [json];
  return list.map((item, index) => {
    const metric = item as { name?: unknown; value?: unknown; unit?: unknown };
    if (typeof metric.name !== 'string' || typeof metric.value !== 'number' || !Number.isFinite(metric.value)) {
      throw new ReportError(label, `metric ${index + 1} needs a string "name" and a numeric "value", like {"name": "bundle-size", "value": 231337}`);
    }
    return { name: metric.name, value: metric.value, unit: typeof metric.unit === 'string' ? metric.unit : undefined, file: label };
  });
}

export const METRICS: ReportFormat<'metrics'> = {
  name: 'metrics',
  title: 'a {name, value} metric',
  kind: 'metrics',
  recognise: { content: 'json', test: (document) => isJsonObject(document) && 'name' in document && 'value' in document },
  // A file given as metrics is read as one whatever else it looks like, so it may come unparsed.
  read: async ({ path, label, json }) => parseMetrics(json ?? parseJsonFile(await readFile(path, 'utf8'), label), label),
};
