import { CustomerReportsSection } from './CustomerReportsSection';
import { ManagementSection } from './ManagementSection';
import { OperationalSection } from './OperationalSection';
import { QualitySection } from './QualitySection';

/** SLA reports: what needs attention now, and how the obligations were kept over months. */
export function App() {
  return (
    <main className="reports">
      <header>
        <h1>SLA reports</h1>
      </header>
      <OperationalSection />
      <ManagementSection />
      <QualitySection />
      <CustomerReportsSection />
    </main>
  );
}
