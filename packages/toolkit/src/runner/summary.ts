// The job summary: Markdown appended through core.summary, loaded only when there is a summary to write.

/** Appends Markdown to the job summary. No-op (returns false) outside a runner. */
export async function writeSummary(markdown: string): Promise<boolean> {
  if (!process.env.GITHUB_STEP_SUMMARY) return false;
  const { summary } = await import('@actions/core');
  await summary.addRaw(markdown).write();
  return true;
}
