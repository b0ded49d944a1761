import type { ContractPart } from '../../../../src/domain/contract/contractChanges';
import { ActionModelsEditor } from './ActionModelsEditor';
import { AgreementsEditor } from './AgreementsEditor';
import { CalendarsEditor } from './CalendarsEditor';
import { CustomersEditor } from './CustomersEditor';
import { GoalsEditor } from './GoalsEditor';
import { HolidaySetsEditor, type EditorProps } from './HolidaySetsEditor';
import { PriorityModelsEditor } from './PriorityModelsEditor';
import type { ComponentType } from 'react';

export const PART_EDITORS: Record<ContractPart, ComponentType<EditorProps>> = {
  holidaySets: HolidaySetsEditor,
  calendars: CalendarsEditor,
  priorityModels: PriorityModelsEditor,
  actionModels: ActionModelsEditor,
  goals: GoalsEditor,
  customers: CustomersEditor,
  agreements: AgreementsEditor,
};
