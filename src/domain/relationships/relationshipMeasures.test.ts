import fc from 'fast-check';
import type { Contract } from '../contract/types';
import { csatPercent } from '../quality/feedbackScale';
import { reportMonths } from '../reports/reportMonths';
import type { CustomerRelationship } from './customerRelationship';
import {
  relationshipMeasuresFromRecords,
  relationshipMonth,
  relationshipsAsOf,
  type CustomerStanding,
  type RelationshipRevision,
} from './relationshipMeasures';

const standing = fc
  .record({
    customerId: fc.string({ minLength: 1, maxLength: 4 }),
    hasAccountManager: fc.boolean(),
    hasWrittenAgreement: fc.boolean(),
    orderers: fc.nat(5),
    withContact: fc.nat(5),
  })
  .map((s): CustomerStanding => ({
    customerId: s.customerId,
    hasAccountManager: s.hasAccountManager,
    hasWrittenAgreement: s.hasWrittenAgreement,
    orderers: s.orderers,
    orderersWithContact: Math.min(s.withContact, s.orderers),
  }));

describe('a month of relationship measures', () => {
  it('counts shares between 0 and 1, null exactly when there is nobody to count', () => {
    fc.assert(
      fc.property(
        fc.array(standing, { maxLength: 12 }),
        fc.array(fc.integer({ min: 1, max: 5 }), { maxLength: 20 }),
        fc.nat(9),
        (standings, scores, complaints) => {
          const m = relationshipMonth('2026-03', standings, scores, complaints);
          const orderers = standings.reduce((n, s) => n + s.orderers, 0);
          expect(m.customers).toBe(standings.length);
          expect(m.customersWithNamedContact === null).toBe(standings.length === 0);
          expect(m.customersWithWrittenAgreement === null).toBe(standings.length === 0);
          expect(m.orderersWithNamedContact === null).toBe(orderers === 0);
          for (const s of [
            m.customersWithNamedContact,
            m.customersWithWrittenAgreement,
            m.orderersWithNamedContact,
          ]) {
            if (s !== null) expect(s >= 0 && s <= 1).toBe(true);
          }
          expect(m.complaints).toBe(complaints);
          expect(m.surveyAnswers).toBe(scores.length);
        },
      ),
    );
  });

  it('reads CSAT as the quality measures do: the share of 4s and 5s', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 5 }), { maxLength: 30 }), (scores) => {
        const { csat } = relationshipMonth('2026-03', [], scores, 0);
        const percent = csatPercent(scores);
        expect(csat).toBe(percent === null ? null : percent / 100);
      }),
    );
    expect(relationshipMonth('2026-03', [], [5, 4, 2, 1], 0).csat).toBe(0.5);
  });

  it('counts a customer with a named account manager, orderers by their contact', () => {
    const m = relationshipMonth(
      '2026-03',
      [
        {
          customerId: 'a',
          hasAccountManager: true,
          hasWrittenAgreement: true,
          orderers: 2,
          orderersWithContact: 1,
        },
        {
          customerId: 'b',
          hasAccountManager: false,
          hasWrittenAgreement: false,
          orderers: 2,
          orderersWithContact: 2,
        },
      ],
      [],
      0,
    );
    expect(m).toMatchObject({
      customersWithNamedContact: 0.5,
      customersWithWrittenAgreement: 0.5,
      orderersWithNamedContact: 0.75,
      csat: null,
    });
  });
});

const relationship = (accountManager: string | null): CustomerRelationship => ({
  customerRole: null,
  orderers: [],
  accountManager,
});

const revision = fc.record({
  customerId: fc.constantFrom('a', 'b', 'c'),
  savedAt: fc.integer({ min: 0, max: 1000 }),
  manager: fc.option(fc.constant('acc-1')),
});

describe('the register as of an instant', () => {
  it('is each customer’s newest revision saved before it, whatever is saved later', () => {
    fc.assert(
      fc.property(
        fc.array(revision, { maxLength: 20 }),
        fc.integer({ min: 0, max: 1000 }),
        (raw, t) => {
          // Revisions are numbered in the order they were saved, per customer.
          const sorted = [...raw].sort((x, y) => x.savedAt - y.savedAt);
          const counts = new Map<string, number>();
          const revisions: RelationshipRevision[] = sorted.map((r) => {
            const n = (counts.get(r.customerId) ?? 0) + 1;
            counts.set(r.customerId, n);
            return {
              customerId: r.customerId,
              revision: n,
              savedAt: r.savedAt,
              savedBy: 'x',
              relationship: relationship(r.manager),
            };
          });
          const asOf = relationshipsAsOf(revisions, t);
          for (const [id, r] of asOf) {
            expect(r.savedAt < t).toBe(true);
            expect(
              revisions.some(
                (o) => o.customerId === id && o.savedAt < t && o.revision > r.revision,
              ),
            ).toBe(false);
          }
          // Saving later changes nothing before.
          const later = [
            ...revisions,
            { ...revisions[0]!, ...{ customerId: 'a', revision: 99, savedAt: t } },
          ];
          expect(relationshipsAsOf(later, t)).toEqual(asOf);
        },
      ),
    );
  });
});

const CONTRACT = {
  customers: [
    { id: 'acme', name: 'Acme', environments: [] },
    { id: 'beta', name: 'Beta', environments: [] },
  ],
  agreements: [
    {
      id: 'acme-sla',
      name: 'Acme SLA',
      customer: 'acme',
      product: 'p',
      priorityModel: 'm',
      validFrom: '2026-02-10',
      validTo: null,
      obligations: [],
    },
  ],
} as unknown as Contract;

describe('the measures over records', () => {
  it('take the contract, register and feedback as they stood at each month’s end', () => {
    const months = reportMonths('2026-01', '2026-03', 'UTC');
    const feb = months[1]!;
    const result = relationshipMeasuresFromRecords(months, {
      contracts: [{ savedAt: months[0]!.start + 1, contract: CONTRACT }],
      revisions: [
        {
          customerId: 'acme',
          revision: 1,
          savedAt: feb.start + 5,
          savedBy: 'x',
          relationship: relationship('acc-1'),
        },
        // Saved in March: February keeps its account manager.
        {
          customerId: 'acme',
          revision: 2,
          savedAt: feb.end + 5,
          savedBy: 'x',
          relationship: relationship(null),
        },
      ],
      feedback: [
        { source: 'complaint', scale: 'none', score: 0, answeredAt: feb.start + 1 },
        { source: 'jsm', scale: 'csat', score: 5, answeredAt: feb.start + 2 },
        { source: 'survicate', scale: 'nps', score: 2, answeredAt: feb.start + 3 },
        { source: 'app', scale: 'csat', score: 2, answeredAt: feb.end },
      ],
    });
    expect(result.map((m) => m.month)).toEqual(['2026-01', '2026-02', '2026-03']);
    expect(result[0]).toMatchObject({
      customers: 2,
      customersWithNamedContact: 0,
      customersWithWrittenAgreement: 0,
    });
    expect(result[1]).toMatchObject({
      customers: 2,
      customersWithNamedContact: 0.5,
      customersWithWrittenAgreement: 0.5,
      orderersWithNamedContact: null,
      surveyAnswers: 1,
      csat: 1,
      complaints: 1,
    });
    expect(result[2]).toMatchObject({
      customersWithNamedContact: 0,
      surveyAnswers: 1,
      csat: 0,
      complaints: 0,
    });
  });
});
