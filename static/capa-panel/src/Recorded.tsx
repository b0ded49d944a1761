import { FISHBONE_CATEGORIES, type Capa } from '../../../src/domain/quality/capa';

/** What the CAPA has recorded so far, step by step. */
export function Recorded({ capa }: { capa: Capa }) {
  const rows: [string, string][] = [];
  if (capa.containment) rows.push(['Containment', capa.containment]);
  if (capa.correction) rows.push(['Correction', capa.correction]);
  if (capa.causeActionNeeded !== null) {
    rows.push([
      'Action on the cause',
      `${capa.causeActionNeeded ? 'Needed' : 'Not needed'}: ${capa.causeDecisionReason ?? ''}`,
    ]);
  }
  if (capa.rootCause) rows.push(['Root cause', capa.rootCause]);
  capa.whys.forEach((why, i) => rows.push([`Why ${i + 1}`, why]));
  for (const category of FISHBONE_CATEGORIES) {
    const causes = capa.fishbone[category];
    if (causes && causes.length > 0) rows.push([`Fishbone: ${category}`, causes.join('; ')]);
  }
  if (capa.noPreventiveReason) rows.push(['No preventive action', capa.noPreventiveReason]);
  if (capa.observationDays) rows.push(['Observation window', `${capa.observationDays} days`]);
  if (capa.checkDueAt) {
    rows.push(['Effectiveness check due', new Date(capa.checkDueAt).toISOString().slice(0, 10)]);
  }
  if (capa.checkEvidence) rows.push(['Check evidence', capa.checkEvidence]);
  if (rows.length === 0) return null;
  return (
    <section aria-label="Recorded">
      <h3 className="capa__subheading">Recorded</h3>
      <dl className="capa__recorded">
        {rows.map(([term, text]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{text}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
