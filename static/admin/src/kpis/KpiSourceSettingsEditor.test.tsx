import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import {
  DEFAULT_KPI_SOURCE_SETTINGS,
  kpiSourceSettingsErrors,
  type KpiSourceSettings,
} from '../../../../src/domain/kpi/kpiSourceSettings';
import { KpiSourceSettingsEditor } from './KpiSourceSettingsEditor';

/** The editor with its value held and checked as the catalogue page does, under `$.sources`. */
function Harness({ onValue }: { onValue(v: KpiSourceSettings): void }) {
  const [value, setValue] = useState(DEFAULT_KPI_SOURCE_SETTINGS);
  return (
    <KpiSourceSettingsEditor
      value={value}
      onChange={(v) => {
        setValue(v);
        onValue(v);
      }}
      errors={kpiSourceSettingsErrors(value, '$.sources')}
    />
  );
}

const input = (label: string) => screen.getByLabelText(label) as HTMLInputElement;

describe('KpiSourceSettingsEditor', () => {
  it('shows the settings and changes each one', () => {
    let last: KpiSourceSettings = DEFAULT_KPI_SOURCE_SETTINGS;
    render(<Harness onValue={(v) => (last = v)} />);
    expect(input('Incident issue types').value).toBe('Incident');
    expect(input('Business-impacting priorities').value).toBe('Priority 1, Red');
    expect(input('Uptime promised (%)').value).toBe('99.9');

    fireEvent.change(input('Release projects'), { target: { value: 'APP, WEB' } });
    fireEvent.change(input('Defect issue types'), { target: { value: 'Bug, Defect' } });
    fireEvent.change(input('Uptime promised (%)'), { target: { value: '99.5' } });
    fireEvent.change(screen.getByLabelText('Size of a release'), { target: { value: 'release' } });
    expect(last).toEqual({
      uptime: { ...DEFAULT_KPI_SOURCE_SETTINGS.uptime, promisePercent: 99.5 },
      defectDensity: {
        defectIssueTypes: ['Bug', 'Defect'],
        releaseProjects: ['APP', 'WEB'],
        releaseSize: 'release',
      },
    });
    // The text stays as typed (a trailing comma) while it means the same list.
    fireEvent.change(input('Release projects'), { target: { value: 'APP, ' } });
    expect(input('Release projects').value).toBe('APP, ');
  });

  it('shows each error at its field, tied to the control', () => {
    render(<Harness onValue={() => undefined} />);
    fireEvent.change(input('Incident issue types'), { target: { value: '' } });
    fireEvent.change(input('Release projects'), { target: { value: 'app' } });
    fireEvent.change(input('Uptime promised (%)'), { target: { value: '120' } });

    const types = input('Incident issue types');
    expect(types.getAttribute('aria-invalid')).toBe('true');
    const described = types.getAttribute('aria-describedby')!.split(' ')[0]!;
    expect(document.getElementById(described)?.textContent).toBe('must name at least 1');
    expect(input('Release projects').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('must be a Jira project key such as APP')).toBeTruthy();
    expect(screen.getByText('must be a number above 0 and at most 100')).toBeTruthy();
    expect(input('Defect issue types').getAttribute('aria-invalid')).toBeNull();
  });

  it('lists an error no field shows under the form', () => {
    render(
      <KpiSourceSettingsEditor
        value={DEFAULT_KPI_SOURCE_SETTINGS}
        onChange={() => undefined}
        errors={[{ path: '$.sources.extra', message: 'is not a setting' }]}
      />,
    );
    expect(screen.getByRole('alert').textContent).toBe('$.sources.extra: is not a setting');
  });
});
