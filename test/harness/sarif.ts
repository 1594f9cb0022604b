// What GitHub code scanning needs of an uploaded SARIF file, as a JSON Schema checked with ajv:
// SARIF 2.1.0, a named tool with its rules, results that name a rule the run declares, a
// message, a location with a relative file path and a 1-based region, and partialFingerprints
// (without them code scanning shows duplicate alerts). The full OASIS schema is not shipped
// by any npm package; the engines' output is typed against @types/sarif at compile time.
import { Ajv } from 'ajv';

const text = { type: 'object', required: ['text'], properties: { text: { type: 'string', minLength: 1 } } };

const schema = {
  type: 'object',
  required: ['version', 'runs'],
  properties: {
    $schema: { type: 'string', pattern: 'sarif-2\\.1\\.0' },
    version: { const: '2.1.0' },
    runs: {
      type: 'array',
      minItems: 1,
      maxItems: 20,
      items: {
        type: 'object',
        required: ['tool', 'results'],
        properties: {
          tool: {
            type: 'object',
            required: ['driver'],
            properties: {
              driver: {
                type: 'object',
                required: ['name', 'rules'],
                properties: {
                  name: { type: 'string', minLength: 1 },
                  semanticVersion: { type: 'string', pattern: '^\\d+\\.\\d+\\.\\d+' },
                  rules: {
                    type: 'array',
                    items: {
                      type: 'object',
                      required: ['id', 'shortDescription'],
                      properties: {
                        id: { type: 'string', minLength: 1 },
                        shortDescription: text,
                        fullDescription: text,
                        help: { type: 'object', properties: { text: { type: 'string' }, markdown: { type: 'string' } } },
                        defaultConfiguration: { type: 'object', properties: { level: { enum: ['none', 'note', 'warning', 'error'] } } },
                        properties: {
                          type: 'object',
                          properties: {
                            tags: { type: 'array', items: { type: 'string' } },
                            'security-severity': { type: 'string', pattern: '^\\d+(\\.\\d+)?$' },
                          },
                        },
                      },
                    },
                  },
                },
              },
            },
          },
          automationDetails: { type: 'object', properties: { id: { type: 'string' } } },
          results: {
            type: 'array',
            maxItems: 25000,
            items: {
              type: 'object',
              required: ['ruleId', 'message', 'locations', 'partialFingerprints'],
              properties: {
                ruleId: { type: 'string', minLength: 1 },
                ruleIndex: { type: 'integer', minimum: 0 },
                level: { enum: ['none', 'note', 'warning', 'error'] },
                message: text,
                locations: {
                  type: 'array',
                  minItems: 1,
                  items: {
                    type: 'object',
                    required: ['physicalLocation'],
                    properties: {
                      physicalLocation: {
                        type: 'object',
                        required: ['artifactLocation', 'region'],
                        properties: {
                          artifactLocation: {
                            type: 'object',
                            required: ['uri'],
                            // Relative to the checkout: no scheme, no leading slash.
                            properties: { uri: { type: 'string', minLength: 1, not: { pattern: '^(?:[a-z]+:|/)' } }, uriBaseId: { type: 'string' } },
                          },
                          region: {
                            type: 'object',
                            required: ['startLine'],
                            properties: {
                              startLine: { type: 'integer', minimum: 1 },
                              startColumn: { type: 'integer', minimum: 1 },
                              endLine: { type: 'integer', minimum: 1 },
                              endColumn: { type: 'integer', minimum: 1 },
                            },
                          },
                        },
                      },
                    },
                  },
                },
                partialFingerprints: { type: 'object', minProperties: 1, additionalProperties: { type: 'string', minLength: 1 } },
              },
            },
          },
        },
      },
    },
  },
};

const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

/** The problems GitHub code scanning would have with this SARIF log; empty when none. */
export function sarifProblems(log: unknown): string[] {
  const problems = validate(log) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '(root)'} ${e.message ?? ''}`);
  // Every result names a rule its run declares, and ruleIndex (when given) points at it.
  const runs = (log as { runs?: { tool?: { driver?: { rules?: { id: string }[] } }; results?: { ruleId: string; ruleIndex?: number }[] }[] }).runs ?? [];
  runs.forEach((run, r) => {
    const rules = run.tool?.driver?.rules ?? [];
    (run.results ?? []).forEach((result, i) => {
      if (!rules.some((rule) => rule.id === result.ruleId))
        problems.push(`/runs/${r}/results/${i} names rule ${result.ruleId}, which the run does not declare`);
      if (result.ruleIndex !== undefined && rules[result.ruleIndex]?.id !== result.ruleId)
        problems.push(`/runs/${r}/results/${i} ruleIndex ${result.ruleIndex} is not rule ${result.ruleId}`);
    });
  });
  return problems;
}
