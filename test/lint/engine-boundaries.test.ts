// The engines' boundary is a lint rule: an engine that imports the runner or reads the
// process environment fails `npm run lint`, not a review.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/bundle.ts';

const eslint = new ESLint({ cwd: ROOT });

async function messages(file: string, text: string): Promise<string[]> {
  const [result] = await eslint.lintText(text, { filePath: `${ROOT}/${file}` });
  return (result?.messages ?? []).map((m) => `${m.ruleId ?? ''}: ${m.message}`);
}

describe('engine boundaries', () => {
  it('fails an engine that imports @actions/* or the runner glue', async () => {
    const found = await messages(
      'packages/secrets/src/index.ts',
      "import * as core from '@actions/core';\nimport { setOutput } from '@devops-actions/toolkit/runner';\nexport const x = [core, setOutput];\n",
    );
    expect(found).toEqual([
      expect.stringMatching(/^no-restricted-imports: '@actions\/core' import is restricted .*Engines never import @actions/),
      expect.stringMatching(/^no-restricted-imports: '@devops-actions\/toolkit\/runner' import is restricted .*for actions\/ only/),
    ]);
  });

  it('fails an engine that reads process.env', async () => {
    const found = await messages('packages/release/src/index.ts', 'export const token = process.env.GITHUB_TOKEN;\n');
    expect(found).toEqual([expect.stringMatching(/^no-restricted-properties: 'process.env' is restricted .*Engines never read process.env/)]);
  });

  it('lets an action entry use the runner glue', async () => {
    const found = await messages(
      'actions/secret-scan/index.ts',
      "import { setOutput } from '@devops-actions/toolkit/runner';\nsetOutput('x', process.env.X);\n",
    );
    expect(found).toEqual([]);
  });
});
