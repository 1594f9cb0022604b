// Uploads the JSON report as a workflow artifact with @actions/artifact (the runner's results
// service). A report that cannot be uploaded is a warning, never the gate's verdict.
import { dirname } from 'node:path';
import { annotate } from '@devops-actions/toolkit';

export interface UploadedReport {
  id?: number;
  /** One sentence for the job summary. */
  note: string;
}

export async function uploadReport(name: string, file: string, log: (line: string) => void): Promise<UploadedReport> {
  // Outside a GitHub-hosted or self-hosted runner job (a container step, act) there is no results service.
  if (!process.env.ACTIONS_RUNTIME_TOKEN || !process.env.ACTIONS_RESULTS_URL) {
    const note = `The report was not uploaded as an artifact: this job has no artifact service (ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL are unset); upload \`${file}\` with actions/upload-artifact instead.`;
    annotate('warning', `quality-gate: ${note}`);
    return { note };
  }
  const { DefaultArtifactClient } = await import('@actions/artifact');
  try {
    const { id } = await new DefaultArtifactClient().uploadArtifact(name, [file], dirname(file), { retentionDays: 7 });
    log(`Uploaded the report as the artifact ${name} (id ${id ?? 'unknown'})`);
    return { id, note: `Uploaded the report as the artifact \`${name}\`.` };
  } catch (error) {
    const message = (error as Error).message;
    // A re-run of the same job finds the artifact of its first attempt: that one stands.
    const exists = /already exists|\(409\)/i.test(message);
    const note = exists
      ? `The report artifact \`${name}\` already exists in this run (a re-run); it was left as it is.`
      : `Could not upload the report artifact \`${name}\`: ${message}.`;
    annotate('warning', `quality-gate: ${note}`);
    return { note };
  }
}
