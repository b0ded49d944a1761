import type { AppContext } from '../services/appContext';
import { runRecurrenceJob } from '../services/quality/recurrenceJob';

/**
 * The daily `quality-recurrence` scheduled trigger: recurrence → non-conformity, CAPA action
 * statuses from Jira, and the effectiveness re-check (src/services/quality/recurrenceJob.ts).
 */
export async function onQualityRecurrence(ctx: AppContext): Promise<void> {
  await runRecurrenceJob(ctx);
}
