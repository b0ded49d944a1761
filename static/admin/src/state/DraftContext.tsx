import { createContext, useContext } from 'react';
import type { Contract } from '../../../../src/domain/contract/types';
import type { DraftOps } from './useDraft';

export interface DraftContextValue extends DraftOps {
  readonly draft: Contract;
}

export const DraftContext = createContext<DraftContextValue | null>(null);

/** The draft contract and the operations that edit it, for the fields of every editor. */
export function useDraftContext(): DraftContextValue {
  const value = useContext(DraftContext);
  if (!value) throw new Error('useDraftContext outside a DraftContext provider');
  return value;
}
