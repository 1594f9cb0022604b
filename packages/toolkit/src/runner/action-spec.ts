import type { InputSpecs } from './inputs.ts';

/**
 * An action's interface, declared once in actions/<name>/spec.ts. The entry reads its
 * inputs through it, and a test holds <name>/action.yml and <name>/README.md to it.
 */
export interface ActionSpec<S extends InputSpecs = InputSpecs> {
  name: string;
  description: string;
  inputs: S;
  outputs: Record<string, string>;
  /** Whether the action has a post step (post.ts -> dist/<name>/post.js). */
  post?: boolean;
}

export function defineAction<S extends InputSpecs>(spec: ActionSpec<S>): ActionSpec<S> {
  return spec;
}
