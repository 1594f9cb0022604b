// What an engine says should be shown on a line of a file: the runner glue emits it as a
// workflow command (within GitHub's per-step limits); the engines only describe it.

export type AnnotationLevel = 'error' | 'warning' | 'notice';

export interface AnnotationProperties {
  title?: string;
  file?: string;
  line?: number;
  endLine?: number;
  col?: number;
  endColumn?: number;
}

export interface Annotation extends AnnotationProperties {
  level: AnnotationLevel;
  message: string;
}
