import { fireEvent, render, screen } from '@testing-library/react';
import { Explanation } from './Explanation';
import { update } from './fixtures';

describe('Explanation', () => {
  it('is a real disclosure button that shows the timeline in the viewer time zone', () => {
    render(
      <Explanation goalName="Customer update" steps={update.explanation} timeZone="Asia/Tokyo" />,
    );
    const button = screen.getByRole('button', { name: 'Why? (Customer update)' });
    expect(button.tagName).toBe('BUTTON');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    const item = screen.getByRole('listitem');
    // 09:00 UTC is 18:00 in Tokyo.
    expect(item.textContent).toMatch(/^Tue 3 Mar,? 18:00Paused/);
    expect(item.textContent).toContain('Clock paused: status is "Waiting for customer".');
    expect(item.textContent).toContain('Rule actionModels[update].pause[0]');
  });

  it('says when there is nothing to explain', () => {
    render(<Explanation goalName="Handover" steps={[]} timeZone="UTC" />);
    fireEvent.click(screen.getByRole('button'));
    expect(screen.getByText('The clock has not moved yet: nothing to explain.')).toBeTruthy();
  });
});
