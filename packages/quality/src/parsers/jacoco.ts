// JaCoCo XML: <package name="com/acme"><sourcefile name="App.java"><line nr mi ci .../>.
import { fileCoverage, type CoverageReport, type LineHits } from '../coverage.ts';
import { intAttribute, streamXml } from '../xml.ts';
import type { ReportFormat } from './format.ts';

export async function parseJacoco(file: string, label: string): Promise<CoverageReport> {
  const report: CoverageReport = { format: 'jacoco', file: label, files: new Map(), sourceRoots: [] };
  let pkg = '';
  let current: LineHits | undefined;
  await streamXml(file, label, {
    open(name, attributes) {
      if (name === 'package') pkg = attributes.name ?? '';
      else if (name === 'sourcefile') current = fileCoverage(report, pkg === '' ? (attributes.name ?? '') : `${pkg}/${attributes.name ?? ''}`);
      else if (name === 'line' && current) {
        const mi = intAttribute(attributes, 'mi', 'line');
        const ci = intAttribute(attributes, 'ci', 'line');
        if (mi + ci > 0) current.add(intAttribute(attributes, 'nr', 'line'), ci > 0 ? 1 : 0);
      }
    },
    close(name) {
      if (name === 'sourcefile') current = undefined;
      else if (name === 'package') pkg = '';
    },
  });
  return report;
}

export const JACOCO: ReportFormat<'coverage'> = {
  name: 'jacoco',
  title: 'JaCoCo',
  kind: 'coverage',
  // Its doctype names JaCoCo even where the root element is not recognised.
  recognise: { content: 'xml', test: (root, head) => root.name === 'report' || /JACOCO/.test(head.slice(0, 500)) },
  read: ({ path, label }) => parseJacoco(path, label),
};
