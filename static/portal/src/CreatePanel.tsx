import { view } from '@forge/bridge';
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import {
  PORTAL_CHOICE_PROPERTY,
  type PortalAgreementOption,
  type PortalChoice,
  type PortalCreateView,
} from '../../../src/resolvers/portalViews';
import { call } from '../../shared/api';
import { ResolverErrorMessage } from '../../shared/components/ResolverErrorMessage';
import { Spinner } from '../../shared/components/Spinner';

/** What the customer asks for: the resolver fills in the rest with the agreement's defaults. */
interface Selection {
  readonly agreement?: string;
  readonly environment?: string | null;
  readonly priority?: string;
}

interface PanelState {
  /** The resolver's last good answer: the agreements to choose from, and its promises. */
  readonly options: PortalCreateView | null;
  /**
   * What the customer picked and has no answer for: being asked (`asking`), or refused
   * (`error`). Shown instead of the answer's choice, so a pick never jumps back.
   */
  readonly picked: Selection | null;
  readonly asking: boolean;
  readonly error: unknown;
}

/**
 * What the portal stores with the new request: the choice as one issue property; with no
 * choice (nothing promised, or our resolver failed) no field, and still valid, so the customer
 * can always create their request
 * (https://developer.atlassian.com/platform/forge/manifest-reference/modules/jira-service-management-portal-request-create-property-panel/).
 */
interface PortalSubmission {
  readonly fields: readonly { readonly key: string; readonly value: unknown }[];
  readonly isValid: boolean;
}

export function submission(choice: PortalChoice | null): PortalSubmission {
  return choice
    ? { fields: [{ key: PORTAL_CHOICE_PROPERTY, value: choice }], isValid: true }
    : { fields: [], isValid: true };
}

/**
 * While a changed pick is being asked about: not valid, so the portal refuses to create the
 * request with the previous choice (a customer who picks "Priority 1" and clicks Create at
 * once must not get the earlier priority stored).
 */
export const PENDING_SUBMISSION: PortalSubmission = { fields: [], isValid: false };

const payloadOf = (selection: Selection): Record<string, unknown> =>
  Object.fromEntries(Object.entries(selection).filter(([, value]) => value !== undefined));

/**
 * The create property panel, inside the portal's request form: "What we promise for this
 * request" under the customer's agreement, with the agreement, environment and priority to
 * choose. Every change submits "not valid yet" at once, asks `getPortalCreateOptions` anew (the
 * promises depend on all three) and submits the answer's choice to the portal; an older answer
 * arriving late is dropped. A refused answer submits no choice (still valid: nothing promised).
 */
export function CreatePanel() {
  const [state, setState] = useState<PanelState>({
    options: null,
    picked: null,
    asking: true,
    error: null,
  });
  const [submitError, setSubmitError] = useState<unknown>(null);
  const latest = useRef(0);

  const submit = useCallback((payload: PortalSubmission) => {
    view.submit(payload).then(
      () => setSubmitError(null),
      (e: unknown) => setSubmitError(e),
    );
  }, []);

  const ask = useCallback(
    (selection: Selection, changed: boolean) => {
      const id = ++latest.current;
      setState((s) => ({ ...s, picked: selection, asking: true }));
      // Submitted before the answer: the previous choice must not be created meanwhile.
      if (changed) submit(PENDING_SUBMISSION);
      const settle = (options: PortalCreateView | null, error: unknown) => {
        if (id !== latest.current) return; // a newer selection is on its way
        setState((s) =>
          options
            ? { options, picked: null, asking: false, error: null }
            : { options: s.options, picked: selection, asking: false, error },
        );
        submit(submission(options?.choice ?? null));
      };
      call<PortalCreateView>('getPortalCreateOptions', payloadOf(selection)).then(
        (options) => settle(options, null),
        (error: unknown) => settle(null, error),
      );
    },
    [submit],
  );

  useEffect(() => {
    ask({}, false);
    return () => {
      latest.current = Number.NaN; // unmounted: no answer applies any more
    };
  }, [ask]);

  const change = useCallback((selection: Selection) => ask(selection, true), [ask]);

  const { options, picked, asking, error } = state;
  if (!options) {
    return (
      <section className="portal-create" aria-busy={asking}>
        {error ? (
          <ResolverErrorMessage error={error} what="what we promise for this request" />
        ) : (
          <Spinner label="Loading what we promise…" />
        )}
      </section>
    );
  }
  return (
    <CreateForm
      options={options}
      picked={picked}
      asking={asking}
      error={error}
      submitError={submitError}
      onSelect={change}
    />
  );
}

/**
 * What the form shows as chosen: the customer's pending or refused pick over the answer's
 * choice. A pick of another agreement shows nothing chosen where it named nothing (the old
 * agreement's environment and priority are not the new one's).
 */
function shownChoice(choice: PortalChoice, picked: Selection | null) {
  if (!picked) return choice;
  const sameAgreement = picked.agreement === undefined || picked.agreement === choice.agreement;
  return {
    agreement: picked.agreement ?? choice.agreement,
    environment:
      picked.environment !== undefined
        ? picked.environment
        : sameAgreement
          ? choice.environment
          : null,
    priority: picked.priority ?? (sameAgreement ? choice.priority : ''),
  };
}

function CreateForm({
  options,
  picked,
  asking,
  error,
  submitError,
  onSelect,
}: {
  options: PortalCreateView;
  picked: Selection | null;
  asking: boolean;
  error: unknown;
  submitError: unknown;
  onSelect: (selection: Selection) => void;
}) {
  const ids = useId();
  const headingId = `${ids}-heading`;
  const { choice, agreements } = options;
  // What the customer just picked shows at once; the answer then confirms it.
  const shown = choice && shownChoice(choice, picked);
  const agreement = shown && agreements.find((a) => a.id === shown.agreement);
  // The promises of a refused pick are unknown: the earlier ones would mislead.
  const refused = error !== null;

  const chooseAgreement = (id: string) => {
    const next = agreements.find((a) => a.id === id);
    // Keep the environment and priority where the other agreement has them too.
    const keep = <T extends { id: string }>(
      list: readonly T[] | undefined,
      value?: string | null,
    ) => (value && list?.some((item) => item.id === value) ? value : undefined);
    onSelect({
      agreement: id,
      environment: keep(next?.environments, shown?.environment),
      priority: keep(next?.priorities, shown?.priority),
    });
  };
  const choose = (change: Selection) =>
    shown &&
    onSelect({
      agreement: shown.agreement,
      environment: shown.environment ?? undefined,
      priority: shown.priority || undefined, // none shown: the resolver's default
      ...change,
    });

  return (
    <section className="portal-create" aria-labelledby={headingId} aria-busy={asking}>
      <h2 className="portal-create__heading" id={headingId}>
        What we promise for this request
      </h2>
      {options.notice && <p className="portal-note">{options.notice}</p>}
      {shown && agreement && (
        <>
          {options.customer && (
            <p className="portal-note">
              For {options.customer.name}
              {agreements.length === 1 && <>, under {agreement.name}</>}
            </p>
          )}
          <div className="portal-create__choices">
            {agreements.length > 1 && (
              <label className="portal-field">
                Agreement
                <select value={shown.agreement} onChange={(e) => chooseAgreement(e.target.value)}>
                  {agreements.map((a) => (
                    <option key={a.id} value={a.id}>
                      {a.name}
                    </option>
                  ))}
                </select>
              </label>
            )}
            <EnvironmentChoice
              agreement={agreement}
              value={shown.environment}
              onChange={(environment) => choose({ environment })}
            />
          </div>
          <PriorityChoice
            agreement={agreement}
            value={shown.priority}
            onChange={(priority) => choose({ priority })}
          />
        </>
      )}
      {!refused && (
        <ul className="portal-create__promises" aria-label="Our promises" aria-live="polite">
          {options.obligations.map((o) => (
            <li key={o.goal}>{o.text}</li>
          ))}
        </ul>
      )}
      {refused && <ResolverErrorMessage error={error} what="what we promise for this request" />}
      {submitError !== null && <ResolverErrorMessage error={submitError} what="your choice" />}
    </section>
  );
}

function EnvironmentChoice({
  agreement,
  value,
  onChange,
}: {
  agreement: PortalAgreementOption;
  value: string | null;
  onChange: (id: string) => void;
}) {
  const { environments } = agreement;
  if (environments.length === 0) return null;
  const [only] = environments;
  if (environments.length === 1 && only) {
    return <p className="portal-note">Environment: {only.name}</p>;
  }
  return (
    <label className="portal-field">
      Environment
      <select value={value ?? ''} onChange={(e) => onChange(e.target.value)}>
        {value === null && <option value="">Choose an environment</option>}
        {environments.map((env) => (
          <option key={env.id} value={env.id}>
            {env.name}
          </option>
        ))}
      </select>
    </label>
  );
}

function PriorityChoice({
  agreement,
  value,
  onChange,
}: {
  agreement: PortalAgreementOption;
  value: string;
  onChange: (id: string) => void;
}) {
  const name = useId();
  const priorities = [...agreement.priorities].sort((a, b) => a.rank - b.rank);
  if (priorities.length === 0) return null;
  return (
    <fieldset className="portal-create__priorities">
      <legend>Priority</legend>
      {priorities.map((p) => (
        <label key={p.id}>
          <input
            type="radio"
            name={name}
            value={p.id}
            checked={value === p.id}
            onChange={() => onChange(p.id)}
          />
          {p.name}
        </label>
      ))}
    </fieldset>
  );
}
