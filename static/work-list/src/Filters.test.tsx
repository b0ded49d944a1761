import { fireEvent, render, screen } from '@testing-library/react';
import { Filters } from './Filters';
import { OPTIONS } from './fixtures';

describe('Filters', () => {
  it('labels every control, and reports the whole new set of filters', () => {
    const onChange = jest.fn();
    render(<Filters filters={{ product: 'Payroll' }} options={OPTIONS} onChange={onChange} />);
    expect((screen.getByLabelText('Product') as HTMLSelectElement).value).toBe('Payroll');
    const teams = screen.getByLabelText('Team') as HTMLSelectElement;
    expect([...teams.options].map((o) => o.value)).toEqual([
      '',
      'support-team',
      'second-line',
      'team-leads',
    ]);
    fireEvent.change(teams, { target: { value: 'support-team' } });
    expect(onChange).toHaveBeenLastCalledWith({ product: 'Payroll', team: 'support-team' });
    fireEvent.change(screen.getByLabelText('Product'), { target: { value: '' } });
    expect(onChange).toHaveBeenLastCalledWith({});
    fireEvent.click(screen.getByRole('checkbox', { name: 'Only my issues' }));
    expect(onChange).toHaveBeenLastCalledWith({ product: 'Payroll', mine: true });
  });

  it('keeps a chosen value listed before the options arrive', () => {
    render(<Filters filters={{ customer: 'schultz' }} options={null} onChange={() => {}} />);
    expect((screen.getByLabelText('Customer') as HTMLSelectElement).value).toBe('schultz');
  });
});
