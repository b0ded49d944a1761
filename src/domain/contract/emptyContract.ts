import { CONTRACT_FORMAT, type Contract } from './types';

/** A valid contract with nothing in it: a site's configuration before the first save. */
export const EMPTY_CONTRACT: Contract = {
  format: CONTRACT_FORMAT,
  holidaySets: [],
  calendars: [],
  priorityModels: [],
  actionModels: [],
  goals: [],
  customers: [],
  agreements: [],
};
