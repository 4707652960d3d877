import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderScreen } from '../testing/render';
import { Pager, pageCount } from './pager';

describe('the pager', () => {
  it('counts pages, at least one', () => {
    expect(pageCount(0, 20)).toBe(1);
    expect(pageCount(20, 20)).toBe(1);
    expect(pageCount(21, 20)).toBe(2);
  });

  it('says where the user is and moves a page on', async () => {
    const onPage = jest.fn();
    renderScreen(<Pager page={2} pageSize={20} total={45} onPage={onPage} label="Invoice pages" />);
    expect(screen.getByRole('navigation', { name: 'Invoice pages' })).toBeTruthy();
    expect(screen.getByText('Page 2 of 3')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Next page' }));
    expect(onPage).toHaveBeenCalledWith(3);
  });

  it('shows nothing while everything fits on the first page, unless it counts them', () => {
    renderScreen(<Pager page={1} pageSize={20} total={3} onPage={() => undefined} />);
    expect(screen.queryByRole('navigation')).toBeNull();
    renderScreen(<Pager page={1} pageSize={20} total={3} onPage={() => undefined} withTotal />);
    expect(screen.getByRole('navigation', { name: 'Pages' })).toBeTruthy();
    expect(screen.getByText('Page 1 of 1 (3 in all)')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Next page' }) as HTMLButtonElement).disabled).toBe(
      true,
    );
  });
});
