import { useEffect, useRef, useState } from 'react';
import type { ContractPart } from '../../../src/domain/contract/contractChanges';
import { problemCount } from '../../../src/domain/validation';
import type { AdminConfig, ReevaluationRunView, SaveOutcome } from '../../../src/resolvers/views';
import { call, ResolverCallError } from '../../shared/api';
import { SectionMessage } from '../../shared/components/SectionMessage';
import { ErrorSummary } from './components/ErrorSummary';
import { PageHeader } from './components/PageHeader';
import { PART_EDITORS } from './editors/partEditors';
import { panelId, tabId, Tabs } from './components/Tabs';
import { ImportExport } from './pages/ImportExport';
import { downloadJson } from './pages/download';
import { History } from './pages/History';
import { Settings } from './pages/Settings';
import { QualitySettingsPage } from './quality/QualitySettingsPage';
import { EnvironmentsPage } from './environments/EnvironmentsPage';
import { DevLoopSettingsPage } from './devloop/DevLoopSettingsPage';
import { KpiCataloguePage } from './kpis/KpiCataloguePage';
import { Simulate } from './pages/Simulate';
import { ChangePreview } from './runs/ChangePreview';
import { RunProgress } from './runs/RunProgress';
import { DraftContext } from './state/DraftContext';
import { ErrorsProvider } from './state/ErrorsContext';
import { countWithin, rebaseErrors } from './state/errorsByPath';
import { isPart, locate, PARTS, TABS, type TabId } from './state/navigation';
import { fieldId, parseJsonPath, toJsonPath } from './state/paths';
import { useDraft } from './state/useDraft';
import { SessionContext } from './state/useSessionState';
import { useValidation } from './state/useValidation';

type Notice = { kind: 'success' | 'information' | 'error'; text: string };

/** Focuses the field at a JSON path, or the nearest enclosing one that is on the page. */
function focusField(jsonPath: string, exactOnly: boolean): boolean {
  const keys = parseJsonPath(jsonPath) ?? [];
  for (let n = keys.length; n >= 1; n--) {
    const element = document.getElementById(fieldId(toJsonPath(keys.slice(0, n))));
    if (element) {
      element.focus();
      element.scrollIntoView?.({ block: 'center' });
      return true;
    }
    if (exactOnly) return false;
  }
  return false;
}

/**
 * The admin page once the configuration is loaded: one draft of the whole contract, edited on
 * the tabs, validated as it changes, and saved as a whole against the version it started from.
 */
export function AdminPage({
  config,
  validateDelayMs = 400,
}: {
  config: AdminConfig;
  validateDelayMs?: number;
}) {
  const { draft, saved, version, dirty, ops, load, replace, discard, markSaved } = useDraft(
    config.contract,
    config.version,
  );
  const [history, setHistory] = useState(config.history);
  const [recalculations, setRecalculations] = useState(config.recalculations);
  /**
   * The re-evaluation the last save started (null: it affects no open issue), or the one the
   * version in force started, while it goes on.
   */
  const [saveRun, setSaveRun] = useState<{ run: ReevaluationRunView | null } | null>(() =>
    config.reevaluation && config.reevaluation.finishedAt === null
      ? { run: config.reevaluation }
      : null,
  );
  const validation = useValidation(draft, validateDelayMs);
  const errors = validation.errors;
  const [tab, setTab] = useState<TabId>('holidaySets');
  const [selected, setSelected] = useState<Partial<Record<ContractPart, number>>>({});
  const [saving, setSaving] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [conflict, setConflict] = useState<string | null>(null);
  const [focusPath, setFocusPath] = useState<string | null>(null);
  const session = useRef(new Map<string, unknown>()).current;

  // Leaving the page (or Jira) with unsaved changes asks first.
  useEffect(() => {
    if (!dirty) return undefined;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  // After "go to the error": focus its field once its tab and item are rendered.
  useEffect(() => {
    if (!focusPath) return undefined;
    let tries = 0;
    let timer: ReturnType<typeof setTimeout>;
    const attempt = () => {
      if (focusField(focusPath, tries < 3) || tries >= 3) setFocusPath(null);
      else {
        tries++;
        timer = setTimeout(attempt, 50);
      }
    };
    attempt();
    return () => clearTimeout(timer);
  }, [focusPath]);

  const goTo = (path: string) => {
    const where = locate(path);
    if (where) {
      setTab(where.part);
      if (where.index !== undefined) setSelected((s) => ({ ...s, [where.part]: where.index }));
    }
    setFocusPath(path);
  };

  const reload = async () => {
    try {
      const fresh = await call<AdminConfig>('getConfig');
      load(fresh.contract, fresh.version);
      setHistory(fresh.history);
      setRecalculations(fresh.recalculations);
      setConflict(null);
      setNotice({
        kind: 'information',
        text: `Reloaded: version ${fresh.version ?? 'none'} is in force.`,
      });
    } catch (error) {
      setNotice({ kind: 'error', text: `Could not reload: ${(error as Error).message}` });
    }
  };

  const save = async () => {
    setNotice(null);
    const sent = draft;
    const found = validation.current ? errors : await validation.validate(sent);
    if (found && found.length > 0) {
      setNotice({ kind: 'error', text: 'Not saved: the draft has errors, shown at their fields.' });
      return;
    }
    setSaving(true);
    try {
      const outcome = await call<SaveOutcome>('saveContract', {
        contract: sent,
        baseVersion: version,
      });
      markSaved(sent, outcome.version);
      setConflict(null);
      if (outcome.saved) setSaveRun({ run: outcome.run ?? null });
      setNotice(
        outcome.saved
          ? { kind: 'success', text: `Saved version ${outcome.version}.` }
          : {
              kind: 'information',
              text: `Nothing to save: version ${outcome.version} is the same.`,
            },
      );
      refreshHistory();
    } catch (error) {
      const failure = error instanceof ResolverCallError ? error.failure : undefined;
      if (failure?.code === 'invalid') {
        validation.show(
          sent,
          rebaseErrors(failure.errors ?? [{ path: '$', message: failure.message }], '$.contract'),
        );
        setNotice({
          kind: 'error',
          text: 'Not saved: the contract has errors, shown at their fields.',
        });
      } else if (failure?.code === 'conflict') {
        setConflict(failure.message);
      } else if (failure?.code === 'forbidden') {
        setNotice({ kind: 'error', text: 'Only Jira administrators can manage SLA contracts.' });
      } else {
        setNotice({ kind: 'error', text: `Not saved: ${(error as Error).message}` });
      }
    } finally {
      setSaving(false);
    }
  };

  const refreshHistory = () =>
    call<AdminConfig>('getConfig').then(
      (fresh) => {
        setHistory(fresh.history);
        setRecalculations(fresh.recalculations);
      },
      () => undefined,
    );

  const errorCounts = Object.fromEntries(
    PARTS.map((part) => [part, countWithin(errors, toJsonPath([part]))]),
  );
  const Editor = isPart(tab) ? PART_EDITORS[tab] : undefined;

  return (
    <SessionContext.Provider value={session}>
      <DraftContext.Provider value={{ draft, ...ops }}>
        <ErrorsProvider errors={errors}>
          <div className="admin">
            <PageHeader
              version={version}
              dirty={dirty}
              checking={!validation.current}
              errorCount={problemCount(errors)}
              saving={saving}
              onSave={() => void save()}
              onDiscard={() => {
                discard();
                setNotice({ kind: 'information', text: 'Changes discarded.' });
              }}
            />
            {conflict && (
              <SectionMessage appearance="warning" title="Someone else saved the contract">
                <p>
                  {conflict} Your changes are not saved. Reload to work on their version; your
                  unsaved changes are then lost, so download your draft first to keep them.
                </p>
                <div className="button-row">
                  <button
                    type="button"
                    className="button button--default"
                    onClick={() => downloadJson('slm-contract-draft.json', draft)}
                  >
                    Download my draft
                  </button>
                  <button
                    type="button"
                    className="button button--primary"
                    onClick={() => void reload()}
                  >
                    Reload
                  </button>
                </div>
              </SectionMessage>
            )}
            {notice && (
              <SectionMessage appearance={notice.kind}>
                <p>{notice.text}</p>
              </SectionMessage>
            )}
            {saveRun &&
              (saveRun.run ? (
                <RunProgress key={saveRun.run.id} started={saveRun.run} />
              ) : (
                <p className="subtle">
                  No open issue is measured differently under version {version}.
                </p>
              ))}
            <ErrorSummary errors={errors} draft={draft} onGo={goTo} />
            {dirty && errors.length === 0 && <ChangePreview draft={draft} version={version} />}
            <div className="admin__body">
              <Tabs tabs={TABS} active={tab} onChange={setTab} errorCounts={errorCounts} />
              <div
                role="tabpanel"
                id={panelId(tab)}
                aria-labelledby={tabId(tab)}
                className="admin__panel"
              >
                {Editor && isPart(tab) && (
                  <Editor
                    selected={selected[tab] ?? 0}
                    onSelect={(index) => setSelected((s) => ({ ...s, [tab]: index }))}
                  />
                )}
                {tab === 'importExport' && (
                  <ImportExport
                    saved={saved}
                    version={version}
                    dirty={dirty}
                    onApply={(contract) => {
                      replace(contract);
                      setSelected({});
                    }}
                  />
                )}
                {tab === 'simulate' && (
                  <Simulate
                    draft={draft}
                    onDraftErrors={(found) => validation.show(draft, found)}
                  />
                )}
                {tab === 'history' && (
                  <History
                    history={history}
                    recalculations={recalculations}
                    version={version}
                    onRecalculation={() => void refreshHistory()}
                  />
                )}
                {tab === 'settings' && <Settings />}
                {tab === 'quality' && <QualitySettingsPage />}
                {tab === 'environments' && <EnvironmentsPage />}
                {tab === 'development' && <DevLoopSettingsPage />}
                {tab === 'kpis' && <KpiCataloguePage />}
              </div>
            </div>
          </div>
        </ErrorsProvider>
      </DraftContext.Provider>
    </SessionContext.Provider>
  );
}
