import { CustomerReportsSection } from './CustomerReportsSection';
import { ManagementSection } from './ManagementSection';
import { OperationalSection } from './OperationalSection';

/** SLA reports: what needs attention now, and how the obligations were kept over months. */
export function App() {
  return (
    <main className="reports">
      <header>
        <h1>SLA reports</h1>
      </header>
      <OperationalSection />
      <ManagementSection />
      <CustomerReportsSection />
    </main>
  );
}
