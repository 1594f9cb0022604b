// Cobertura XML (coverage.py, gcovr, Istanbul's cobertura reporter, .NET coverlet).
import { fileCoverage, type CoverageReport, type LineHits } from '../coverage.ts';
import { intAttribute, streamXml } from '../xml.ts';
import type { ReportFormat } from './format.ts';

export async function parseCobertura(file: string, label: string): Promise<CoverageReport> {
  const report: CoverageReport = { format: 'cobertura', file: label, files: new Map(), sourceRoots: [] };
  let current: LineHits | undefined;
  let inSource = false;
  let sourceText = '';
  let depthInMethods = 0;
  await streamXml(file, label, {
    open(name, attributes) {
      switch (name) {
        case 'class': {
          const filename = attributes.filename;
          if (filename === undefined) throw new Error('<class> has no filename attribute');
          current = fileCoverage(report, filename);
          break;
        }
        case 'methods':
          depthInMethods++;
          break;
        case 'line':
          // Lines under <methods> repeat the class's own <lines>; counting them twice would double hits.
          if (current && depthInMethods === 0) current.add(intAttribute(attributes, 'number', 'line'), intAttribute(attributes, 'hits', 'line'));
          break;
        case 'source':
          inSource = true;
          sourceText = '';
          break;
      }
    },
    close(name) {
      if (name === 'class') current = undefined;
      else if (name === 'methods') depthInMethods--;
      else if (name === 'source') {
        inSource = false;
        if (sourceText.trim() !== '') report.sourceRoots.push(sourceText.trim());
      }
    },
    text(text) {
      if (inSource) sourceText += text;
    },
  });
  return report;
}

export const COBERTURA: ReportFormat<'coverage'> = {
  name: 'cobertura',
  title: 'Cobertura',
  kind: 'coverage',
  recognise: { content: 'xml', test: (root) => root.name === 'coverage' },
  read: ({ path, label }) => parseCobertura(path, label),
};
