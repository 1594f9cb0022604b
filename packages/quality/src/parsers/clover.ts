// Clover XML (Istanbul's clover reporter, PHPUnit, OpenClover).
import { fileCoverage, type CoverageReport, type LineHits } from '../coverage.ts';
import { intAttribute, streamXml } from '../xml.ts';
import type { ReportFormat } from './format.ts';

export async function parseClover(file: string, label: string): Promise<CoverageReport> {
  const report: CoverageReport = { format: 'clover', file: label, files: new Map(), sourceRoots: [] };
  let current: LineHits | undefined;
  await streamXml(file, label, {
    open(name, attributes) {
      if (name === 'file') {
        const path = attributes.path ?? attributes.name;
        if (path === undefined) throw new Error('<file> has neither a path nor a name attribute');
        current = fileCoverage(report, path);
      } else if (name === 'line' && current) {
        // Method lines mark a declaration; statements and conditionals are what can be run.
        if (attributes.type === 'method') return;
        const hits =
          attributes.count !== undefined
            ? intAttribute(attributes, 'count', 'line')
            : Math.max(Number(attributes.truecount ?? 0), Number(attributes.falsecount ?? 0));
        current.add(intAttribute(attributes, 'num', 'line'), hits);
      }
    },
    close(name) {
      if (name === 'file') current = undefined;
    },
  });
  return report;
}

export const CLOVER: ReportFormat<'coverage'> = {
  name: 'clover',
  title: 'Clover',
  kind: 'coverage',
  // A <coverage> root like Cobertura's: Clover's names its generator or holds a <project>, and has no line-rate.
  recognise: {
    content: 'xml',
    test: (root, head) => root.name === 'coverage' && /\bclover=|<project\b/.test(root.tag + head.slice(0, 4000)) && !/line-rate=/.test(root.tag),
  },
  read: ({ path, label }) => parseClover(path, label),
};
