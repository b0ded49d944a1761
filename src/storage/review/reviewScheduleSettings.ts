import {
  DEFAULT_REVIEW_SCHEDULE,
  type ReviewScheduleSettings,
} from '../../domain/review/reviewSchedule';
import type { KeyValueStore } from '../keyValueStore';
import { storageKey } from '../storageKeys';
import {
  versionedSettings,
  type SaveRequest,
  type SavedVersion,
  type SettingsSave,
} from '../versionedSettings';

/** Each saved version of the review schedule (`versionChain.ts`). */
const versionKey = (version: number): string =>
  storageKey('review-schedule', 'version', String(version).padStart(6, '0'));
/** The newest version: a hint that readers read on past. */
const POINTER_KEY = storageKey('review-schedule', 'pointer');

const settings = versionedSettings(versionKey, POINTER_KEY, DEFAULT_REVIEW_SCHEDULE);

export const loadReviewSchedule = (store: KeyValueStore): Promise<ReviewScheduleSettings> =>
  settings.load(store);

export const loadSavedReviewSchedule = (
  store: KeyValueStore,
): Promise<SavedVersion<ReviewScheduleSettings> | null> => settings.loadSaved(store);

export const saveReviewSchedule = (
  store: KeyValueStore,
  value: ReviewScheduleSettings,
  request: SaveRequest,
): Promise<SettingsSave<ReviewScheduleSettings>> => settings.save(store, value, request);
