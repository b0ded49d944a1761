/**
 * SLA evaluation benchmark: issues with 50 history events and 3 goals (reaction, resolution
 * with pauses, status-update interval with resets) on the Copenhagen office calendar, evaluated
 * against a compiled contract. The baseline in the same run compiles the contract for every
 * evaluation, as an adapter that cached nothing would. Target: ≥ 100,000 evaluations/s on one core.
 */
import { DENMARK } from '../src/domain/calendar';
import { compileContract, type Contract } from '../src/domain/contract';
import { evaluateIssue, type HistoryEntry, type IssueSnapshot } from '../src/domain/sla';
import { COPENHAGEN_OFFICE } from '../test/support/calendars';
import { measure } from './measure';
import { seededRandom } from '../src/domain/seededRandom';

const TARGET_PER_SEC = 100_000;
const HISTORY_EVENTS = 50;

const CONTRACT: Contract = {
  format: 'slm-contract/1',
  holidaySets: [DENMARK],
  calendars: [COPENHAGEN_OFFICE],
  priorityModels: [
    {
      id: 'numeric',
      name: 'Priority 1-5',
      priorities: [1, 2, 3, 4, 5].map((n) => ({ id: String(n), name: `Priority ${n}`, rank: n })),
    },
  ],
  actionModels: [
    {
      id: 'reaction',
      name: 'Reaction',
      start: [{ on: 'created' }],
      stop: [{ on: 'commentByAgent' }],
    },
    {
      id: 'resolution',
      name: 'Resolution',
      start: [{ on: 'created' }],
      pause: [{ whileStatus: ['Waiting for customer'] }],
      stop: [{ on: 'resolutionSet' }],
      reset: [{ on: 'resolutionCleared' }],
    },
    {
      id: 'update',
      name: 'Status update interval',
      start: [{ on: 'created' }],
      pause: [{ whileStatus: ['Waiting for customer'] }],
      reset: [{ on: 'commentByAgent' }],
    },
  ],
  goals: [
    {
      id: 'reaction',
      name: 'Reaction',
      actionModel: 'reaction',
      calendar: 'cph-office',
      warnAt: [0.5, 0.75],
    },
    {
      id: 'resolution',
      name: 'Resolution',
      actionModel: 'resolution',
      calendar: 'cph-office',
      warnAt: [0.75],
    },
    {
      id: 'update',
      name: 'Status update',
      actionModel: 'update',
      calendar: 'cph-office',
      warnAt: [0.8],
    },
  ],
  customers: [
    {
      id: 'acme',
      name: 'Acme',
      environments: [{ id: 'acme-prod', name: 'Production', kind: 'production', product: 'ihlp' }],
    },
  ],
  agreements: [
    {
      id: 'acme-prod',
      name: 'Acme production',
      customer: 'acme',
      environments: ['acme-prod'],
      product: 'ihlp',
      priorityModel: 'numeric',
      validFrom: '2026-01-01',
      validTo: null,
      obligations: ['reaction', 'resolution', 'update'].map((goal) => ({
        goal,
        issueTypes: ['Incident'],
        targets: { '1': 'PT4H', '2': 'PT8H', '3': 'P2D', '4': 'P5D', '5': 'P5D' },
      })),
    },
  ],
};

/** An issue with `HISTORY_EVENTS` entries spread over about three weeks from `created`. */
function issueWithHistory(n: number, next: () => number): IssueSnapshot {
  const created = Date.UTC(2026, 2, 2, 7) + Math.floor(next() * 60 * 24) * 3_600_000;
  const history: HistoryEntry[] = [];
  let t = created;
  let status = 'Open';
  let priority = '3';
  for (let i = 0; i < HISTORY_EVENTS; i++) {
    t += Math.floor(next() * 10 * 60) * 60_000;
    const at = new Date(t).toISOString();
    const roll = next();
    if (roll < 0.3) {
      const to = status === 'Waiting for customer' ? 'In Progress' : 'Waiting for customer';
      history.push({ at, type: 'status', from: status, to });
      status = to;
    } else if (roll < 0.6) {
      history.push({ at, type: 'comment', author: next() < 0.5 ? 'agent' : 'customer' });
    } else if (roll < 0.7) {
      const to = String(1 + Math.floor(next() * 5));
      history.push({ at, type: 'priority', from: priority, to });
      priority = to;
    } else if (roll < 0.85) {
      history.push({ at, type: 'assignee', to: `agent-${Math.floor(next() * 5)}` });
    } else {
      history.push({ at, type: 'field', field: 'Component', to: 'Login' });
    }
  }
  return {
    key: `SUP-${n}`,
    issueType: 'Incident',
    priority,
    status,
    customer: 'acme',
    environment: 'acme-prod',
    product: 'ihlp',
    created: new Date(created).toISOString(),
    history,
  };
}

export async function benchEvaluation(): Promise<object> {
  console.log('== SLA evaluation: issues with 50 history events and 3 goals ==');
  const next = seededRandom(42);
  const issues = Array.from({ length: 1_000 }, (_, n) => issueWithHistory(n + 1, next));
  const now = Date.UTC(2026, 4, 1);
  const model = compileContract(CONTRACT);

  const sample = evaluateIssue(model, issues[0]!, now);
  console.log(
    `sample ${issues[0]!.key}: ${sample.goals.map((g) => `${g.goal} ${g.state} (${g.cycles.length} cycles)`).join(', ')}`,
  );

  const warm = measure((i) => evaluateIssue(model, issues[i % issues.length]!, now).goals.length, {
    budgetMs: 2_000,
  });
  const cold = measure(
    (i) => evaluateIssue(compileContract(CONTRACT), issues[i % issues.length]!, now).goals.length,
    { budgetMs: 1_000 },
  );
  const ratio = warm.opsPerSec / cold.opsPerSec;
  console.log(
    `compiled contract, reused     ${Math.round(warm.opsPerSec).toLocaleString('en')} evaluations/s (${(warm.nsPerOp / 1000).toFixed(1)} µs each)`,
  );
  console.log(
    `baseline: compiled each time  ${Math.round(cold.opsPerSec).toLocaleString('en')} evaluations/s (${(cold.nsPerOp / 1000).toFixed(1)} µs each)`,
  );
  console.log(`speed-up over the baseline    ${ratio.toFixed(1)}×`);
  const verdict = warm.opsPerSec >= TARGET_PER_SEC ? 'met' : 'NOT met';
  console.log(
    `Target "≥ ${TARGET_PER_SEC.toLocaleString('en')} evaluations/s on one core": ${verdict} (${(warm.opsPerSec / TARGET_PER_SEC).toFixed(2)}× the target)`,
  );
  return {
    evaluation: {
      evaluationsPerSec: Math.round(warm.opsPerSec),
      historyEvents: HISTORY_EVENTS,
      goals: 3,
      ratios: {
        recompiledEachTime: Number(ratio.toFixed(1)),
        target: Number((warm.opsPerSec / TARGET_PER_SEC).toFixed(2)),
      },
    },
  };
}
