/**
 * `npm start`: the local simulator with demo data. It plays two weeks of a Nordic support desk
 * up to now into an in-memory Jira, running the app's real triggers, consumer and sweeps, and
 * serves it at http://localhost:3000 (PORT to change), with the app's Custom UI resources on
 * their own origin, http://localhost:3001 (APPS_PORT). App storage is kept in
 * `.simulator/kvs.json`, so contract edits survive a restart.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { MemoryStore } from '../storage/memoryStore';
import { ESCALATION_CLAIMS, RETRIES } from '../storage/storageKeys';
import { playDemoStory } from './demo/demoStory';
import { setUpDevLoopDemo } from './demo/devLoopSettings';
import { setUpKpiDemo } from './demo/kpis';
import { setUpKpiSourcesDemo } from './demo/kpiSourcesDemo';
import { setUpManagementReviewDemo } from './demo/managementReview';
import { setUpPortalDemo } from './demo/portal';
import { setUpQualityDemo } from './demo/qualitySettings';
import { setUpRelationshipsDemo } from './demo/relationships';
import { setUpReportDelivery } from './demo/reportDelivery';
import { setUpRiskDemo } from './demo/risk';
import { DEMO_USERS, setUpDemoSite } from './demo/site';
import { serveSimulator } from './server';
import { Simulator } from './simulator';
import { readKvsFile, writeKvsFile } from './kvsFile';
import { UserConsent } from './userConsent';

const DAY = 86_400_000;

async function main(): Promise<void> {
  const port = Number(process.env.PORT ?? 3000);
  const appsPort = Number(process.env.APPS_PORT ?? port + 1);
  const file = path.join(process.cwd(), '.simulator', 'kvs.json');
  mkdirSync(path.dirname(file), { recursive: true });
  const saved = readKvsFile(file, (message) => console.warn(message));
  // The demo Jira is rebuilt at every start: escalations it fired and retries it planned
  // before belong to other issues.
  const kept = Object.fromEntries(
    Object.entries(saved).filter(
      ([key]) => !key.startsWith(ESCALATION_CLAIMS) && !key.startsWith(RETRIES),
    ),
  );
  const store = new MemoryStore(kept, (content) => writeKvsFile(file, content));

  const end = Math.floor(Date.now() / 60_000) * 60_000;
  const sim = new Simulator({ start: end - 14 * DAY, store });
  console.log('Setting up the demo site and playing two weeks of support work…');
  await setUpDemoSite(sim);
  await setUpReportDelivery(sim);
  await setUpQualityDemo(sim);
  await setUpDevLoopDemo(sim);
  await setUpRiskDemo(sim);
  await setUpKpiSourcesDemo(sim);
  await playDemoStory(sim, end);
  // After the story, so its issue keys stay as they were: the register and two complaints.
  await setUpRelationshipsDemo(sim);
  // Two customers' contacts raise requests on the customer portal, one resolved and rateable.
  const portal = await setUpPortalDemo(sim);
  // After the story, so the manual KPI values run up to the month before today's.
  await setUpKpiDemo(sim);
  // Last: the issued annual review gathers the other areas' demo data.
  await setUpManagementReviewDemo(sim);
  // The 2nd line developer has not yet allowed the app access: they see Forge's consent prompt.
  const consent = new UserConsent([DEMO_USERS.secondLine]);
  const { url } = await serveSimulator(sim, { port, appsPort, consent });
  console.log(`Local Jira simulator with demo data: ${url} (app resources on port ${appsPort})`);
  console.log(
    `Customer portal: ${url}/servicedesk/customer/portal/1 (requests ${portal.open}, ${portal.resolved})`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
