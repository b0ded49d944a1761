import { DEFAULT_REVIEW_SCHEDULE } from '../../domain/review/reviewSchedule';
import { settingsDocument } from '../settingsDocument';

/** The annual review's schedule, versioned as the app's settings are (`versionedSettings.ts`). */
export const {
  load: loadReviewSchedule,
  loadSaved: loadSavedReviewSchedule,
  save: saveReviewSchedule,
} = settingsDocument('review-schedule', DEFAULT_REVIEW_SCHEDULE);
