import type { Contract } from '../../src/domain/contract/types';
import type { CustomerRelationship } from '../../src/domain/relationships/customerRelationship';
import {
  relationshipMeasuresFromRecords,
  type DatedContract,
  type MeasuredFeedback,
  type RelationshipRevision,
} from '../../src/domain/relationships/relationshipMeasures';
import { reportMonths } from '../../src/domain/reports/reportMonths';
import type { AppContext } from '../../src/services/appContext';
import { readRelationshipMeasures } from '../../src/services/relationships/relationshipMeasures';
import { insertFeedback } from '../../src/storage/quality/feedbackRecords';
import { appendRelationshipRevision } from '../../src/storage/relationships/customerRelationships';
import type { SqlDatabase } from '../../src/storage/sql/schema';
import { testDatabase } from '../support/testDatabase';

const DAY = 86_400_000;
const FIRST = Date.parse('2026-01-01T00:00Z');
const TIME_ZONE = 'Europe/Copenhagen';
const CUSTOMERS = ['acme', 'beta', 'gamma', 'delta'];

/** A small deterministic generator (LCG), so the data are the same on every run. */
function generator(seed: number): (n: number) => number {
  let state = seed;
  return (n) => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return Math.floor((state / 2 ** 32) * n);
  };
}

/** A contract of the first `count` customers, each but the last with an agreement from `from`. */
const contractOf = (count: number, from: string): Contract =>
  ({
    customers: CUSTOMERS.slice(0, count).map((id) => ({ id, name: id, environments: [] })),
    agreements: CUSTOMERS.slice(0, count - 1).map((id) => ({
      id: `${id}-sla`,
      name: `${id} SLA`,
      customer: id,
      product: 'p',
      priorityModel: 'm',
      validFrom: from,
      validTo: null,
      obligations: [],
    })),
  }) as unknown as Contract;

function synthetic(seed: number) {
  const random = generator(seed);
  const at = () => FIRST + random(150) * DAY + random(DAY);
  const contracts: DatedContract[] = [
    { savedAt: FIRST + 10 * DAY, contract: contractOf(3, '2026-02-15') },
    { savedAt: FIRST + 70 * DAY, contract: contractOf(4, '2026-01-01') },
  ];
  const revisions: RelationshipRevision[] = [];
  const saves = Array.from({ length: 12 }, () => ({
    customerId: CUSTOMERS[random(4)]!,
    savedAt: at(),
  })).sort((a, b) => a.savedAt - b.savedAt);
  for (const save of saves) {
    const n = revisions.filter((r) => r.customerId === save.customerId).length + 1;
    const orderers = Array.from({ length: random(4) }, (_, i) => ({
      name: `Orderer ${i}`,
      email: `o${i}@x.example`,
      accountId: null,
      ourContact: random(2) ? 'acc-agent' : null,
    }));
    const relationship: CustomerRelationship = {
      customerRole: null,
      orderers,
      accountManager: random(3) ? 'acc-manager' : null,
    };
    revisions.push({ ...save, revision: n, savedBy: 'acc-admin', relationship });
  }
  const feedback: (MeasuredFeedback & { id: string })[] = Array.from({ length: 80 }, (_, i) => {
    const kind = random(4);
    return {
      id: `f-${i}`,
      source: kind === 0 ? 'complaint' : 'jsm',
      scale: kind === 0 ? 'none' : kind === 1 ? 'nps' : 'csat',
      score: kind === 0 ? 0 : kind === 1 ? random(11) : 1 + random(5),
      answeredAt: at(),
    };
  });
  return { contracts, revisions, feedback };
}

async function store(db: SqlDatabase, data: ReturnType<typeof synthetic>) {
  for (const r of data.revisions) {
    const saved = await appendRelationshipRevision(db, {
      customerId: r.customerId,
      baseRevision: r.revision === 1 ? null : r.revision - 1,
      savedAt: r.savedAt,
      savedBy: r.savedBy,
      relationship: r.relationship,
    });
    expect(saved.saved).toBe(true);
  }
  for (const f of data.feedback) {
    await insertFeedback(db, {
      ...f,
      sourceId: f.id,
      reason: f.source === 'complaint' ? 'complaint' : null,
      comment: null,
      issueKey: null,
      customer: 'acme',
      product: null,
      component: null,
      team: null,
      receivedAt: f.answeredAt,
      flagCauses: f.source === 'complaint' ? [{ kind: 'complaint' }] : [],
      rawPayload: '{}',
    });
  }
}

/** The contract repository as the read needs it: the versions' heads and the versions. */
const contractsOf = (contracts: readonly DatedContract[]) => ({
  history: async () =>
    contracts.map((c, i) => ({ version: i + 1, savedAt: new Date(c.savedAt).toISOString() })),
  version: async (v: number) => ({
    version: v,
    savedAt: new Date(contracts[v - 1]!.savedAt).toISOString(),
    contract: contracts[v - 1]!.contract,
  }),
});

describe('the relationship measures read from SQL', () => {
  let db: SqlDatabase;
  beforeEach(async () => (db = await testDatabase()));
  afterEach(() => db.destroy());

  it.each([1, 2, 3])('equal the definition over the same records (seed %i)', async (seed) => {
    const data = synthetic(seed);
    await store(db, data);
    const ctx = { sql: db, contracts: contractsOf(data.contracts) } as unknown as AppContext;
    const read = await readRelationshipMeasures(ctx, {
      from: '2025-12',
      to: '2026-06',
      timeZone: TIME_ZONE,
    });
    const months = reportMonths('2025-12', '2026-06', TIME_ZONE);
    expect(read).toEqual(relationshipMeasuresFromRecords(months, data));
    // Something to compare: customers, complaints and answers in the months.
    expect(read.some((m) => m.customers > 0 && m.complaints > 0 && m.surveyAnswers > 0)).toBe(true);
  });

  it('refuses a save from an older revision, storing nothing', async () => {
    const relationship: CustomerRelationship = {
      customerRole: null,
      orderers: [],
      accountManager: null,
    };
    const first = { customerId: 'acme', savedAt: FIRST, savedBy: 'a', relationship };
    expect((await appendRelationshipRevision(db, { ...first, baseRevision: null })).saved).toBe(
      true,
    );
    expect(await appendRelationshipRevision(db, { ...first, baseRevision: null })).toEqual({
      saved: false,
      newest: 1,
    });
    const rows = await db.selectFrom('customer_relationships').selectAll().execute();
    expect(rows).toHaveLength(1);
  });
});
