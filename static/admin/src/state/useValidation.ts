import { useCallback, useEffect, useRef, useState } from 'react';
import type { Contract } from '../../../../src/domain/contract/types';
import { call } from '../../../shared/api';
import { rebaseErrors, type FieldError } from './errorsByPath';

interface Validated {
  readonly draft: Contract | null;
  readonly errors: readonly FieldError[];
}

/**
 * Validates the draft with the `validate` resolver a moment after each edit (`delayMs`), and
 * keeps the errors with the draft they are about, paths relative to the contract (`$.calendars…`).
 * `current` says whether they are about the draft as it is now.
 */
export function useValidation(draft: Contract, delayMs = 400) {
  const [validated, setValidated] = useState<Validated>({ draft: null, errors: [] });
  const sequence = useRef(0);
  // The draft the errors on screen are about, as of now (state lags a render behind).
  const settled = useRef<Contract | null>(null);

  /** Validates now; the errors, or `null` when the resolver could not be reached. */
  const validate = useCallback(
    async (contract: Contract): Promise<readonly FieldError[] | null> => {
      const mine = ++sequence.current;
      try {
        const { errors } = await call<{ errors: FieldError[] }>('validate', { contract });
        const rebased = rebaseErrors(errors, '$.contract');
        if (mine === sequence.current) {
          settled.current = contract;
          setValidated({ draft: contract, errors: rebased });
        }
        return rebased;
      } catch {
        return null;
      }
    },
    [],
  );

  /** Shows errors found elsewhere (a refused save) as the draft's. */
  const show = useCallback((contract: Contract, errors: readonly FieldError[]) => {
    sequence.current++;
    settled.current = contract;
    setValidated({ draft: contract, errors });
  }, []);

  const validatedDraft = validated.draft;
  useEffect(() => {
    if (validatedDraft === draft) return undefined;
    const timer = setTimeout(() => {
      // Already validated (before a save) or shown (a refused save): nothing to ask.
      if (settled.current !== draft) void validate(draft);
    }, delayMs);
    return () => clearTimeout(timer);
    // Only an edit starts a new validation, not the arrival of a result (`validatedDraft`).
  }, [draft, delayMs, validate]);

  return {
    errors: validated.errors,
    current: validated.draft === draft,
    validate,
    show,
  };
}
