import type { Command } from '../command.ts';

/**
 * The sub-command registry. Each entry loads its module on demand so that `--help`
 * and one command never pay for the others' engines.
 */
export interface RegisteredCommand {
  name: string;
  summary: string;
  load: () => Promise<Command>;
}

export const COMMANDS: RegisteredCommand[] = [
  {
    name: 'release',
    summary: 'Plan the next release from conventional commits: version, why, notes (offline)',
    load: async () => (await import('./release.ts')).command,
  },
  {
    name: 'secret-scan',
    summary: 'Find committed credentials in the working tree, the index, a range or the history',
    load: async () => (await import('./secret-scan.ts')).command,
  },
  {
    name: 'quality-gate',
    summary: 'Coverage, tests and findings of the changes since a base: one verdict',
    load: async () => (await import('./quality-gate.ts')).command,
  },
  {
    name: 'smoke',
    summary: 'Check a running service: readiness, content, version, latency budgets, TLS, security headers',
    load: async () => (await import('./smoke.ts')).command,
  },
  {
    name: 'deploy',
    summary: 'Blue-green, canary or direct deploy with verified rollback (--config FILE)',
    load: async () => (await import('./deploy.ts')).command,
  },
  {
    name: 'migration-check',
    summary: 'Lint PostgreSQL migrations with the real parser: locks, rewrites, destructive statements',
    load: async () => (await import('./migration-check.ts')).command,
  },
];
