// The demo's stages, in pipeline order. Each runs one bundled action on the sample app
// and checks that it behaved as a user would expect.

export interface StageOutcome {
  ok: boolean;
  skipped?: boolean;
  lines: string[];
}

export interface Stage {
  title: string;
  /** The action whose bundle the stage runs (dist/<action>/index.js). */
  action: string;
  run(): Promise<StageOutcome>;
}

export const STAGES: Stage[] = [];
