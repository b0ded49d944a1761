import { CONTRACT_PARTS, type ContractPart } from '../../../../src/domain/contract/contractChanges';
import { parseJsonPath } from './paths';

export type TabId =
  | ContractPart
  | 'importExport'
  | 'simulate'
  | 'history'
  | 'settings'
  | 'quality'
  | 'environments'
  | 'development'
  | 'kpis';

/** The page's sections, in the order of the navigation; labels are the tabs' accessible names. */
export const TABS: readonly { readonly id: TabId; readonly label: string }[] = [
  { id: 'holidaySets', label: 'Holiday sets' },
  { id: 'calendars', label: 'Calendars' },
  { id: 'priorityModels', label: 'Priority models' },
  { id: 'actionModels', label: 'Action models' },
  { id: 'goals', label: 'Goals' },
  { id: 'customers', label: 'Customers' },
  { id: 'agreements', label: 'Agreements' },
  { id: 'importExport', label: 'Import/Export' },
  { id: 'simulate', label: 'Simulate' },
  { id: 'history', label: 'History' },
  { id: 'settings', label: 'Settings' },
  { id: 'quality', label: 'Quality' },
  { id: 'kpis', label: 'KPIs' },
  { id: 'environments', label: 'Environments' },
  { id: 'development', label: 'Development' },
];

export const PARTS: readonly ContractPart[] = CONTRACT_PARTS;

export const PART_LABELS: Record<ContractPart, string> = {
  holidaySets: 'Holiday sets',
  calendars: 'Calendars',
  priorityModels: 'Priority models',
  actionModels: 'Action models',
  goals: 'Goals',
  customers: 'Customers',
  agreements: 'Agreements',
};

export const isPart = (value: unknown): value is ContractPart =>
  PARTS.includes(value as ContractPart);

/** Where a draft error is: the part (tab) and the item to select, if the path names them. */
export function locate(jsonPath: string): { part: ContractPart; index?: number } | undefined {
  const [part, index] = parseJsonPath(jsonPath) ?? [];
  if (!isPart(part)) return undefined;
  return typeof index === 'number' ? { part, index } : { part };
}
