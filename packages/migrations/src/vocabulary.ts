// The words the engine and its front ends share: severities, fail-on levels and layouts. A
// module of its own (`@devops-actions/migrations/vocabulary`) so an action's input spec can
// name them without loading the engine.

export const SEVERITIES = ['error', 'warning', 'notice'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** `fail-on`: the least severity that fails a run, or none. */
export const FAIL_ON = [...SEVERITIES, 'none'] as const;
export type FailOn = (typeof FAIL_ON)[number];

const RANK: Readonly<Record<Severity, number>> = { error: 3, warning: 2, notice: 1 };

/** Whether `a` is more severe than `b`. */
export function moreSevere(a: Severity, b: Severity): boolean {
  return RANK[a] > RANK[b];
}

/** Whether a finding of `severity` fails a run with `failOn`. */
export function failsAt(severity: Severity, failOn: FailOn): boolean {
  return failOn !== 'none' && RANK[severity] >= RANK[failOn];
}

/** The migration tools whose folder layouts the engine knows. */
export const LAYOUTS = ['prisma', 'flyway', 'golang-migrate', 'goose', 'dbmate', 'supabase', 'drizzle', 'atlas', 'sql'] as const;
export type Layout = (typeof LAYOUTS)[number];
