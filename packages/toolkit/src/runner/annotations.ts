import type { Annotation, AnnotationLevel } from '../annotation.ts';
import { annotate } from './commands.ts';

/** GitHub shows at most this many annotations of each level per step; the rest are dropped silently. */
export const ANNOTATION_LIMIT = 10;

const ORDER: Record<AnnotationLevel, number> = { error: 0, warning: 1, notice: 2 };

/**
 * Emits annotations within GitHub's per-step limits, errors first, and returns how many
 * of each level were left out so the summary can say so.
 */
export function emitAnnotations(annotations: readonly Annotation[], limit = ANNOTATION_LIMIT): Record<AnnotationLevel, number> {
  const emitted: Record<AnnotationLevel, number> = { error: 0, warning: 0, notice: 0 };
  const omitted: Record<AnnotationLevel, number> = { error: 0, warning: 0, notice: 0 };
  const sorted = [...annotations].sort((a, b) => ORDER[a.level] - ORDER[b.level]);
  for (const { level, message, ...props } of sorted) {
    if (emitted[level] < limit) {
      annotate(level, message, props);
      emitted[level]++;
    } else {
      omitted[level]++;
    }
  }
  return omitted;
}

/** A sentence for the summary about annotations GitHub could not show, or '' when none were left out. */
export function omittedSentence(omitted: Record<AnnotationLevel, number>): string {
  const parts = (Object.entries(omitted) as [AnnotationLevel, number][])
    .filter(([, count]) => count > 0)
    .map(([level, count]) => `${count} more ${level}${count === 1 ? '' : 's'}`);
  if (parts.length === 0) return '';
  return `GitHub shows ${ANNOTATION_LIMIT} annotations of each level per step: ${parts.join(', ')} were found and are listed in this summary only.`;
}
