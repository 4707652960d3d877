import { screen, within } from '@testing-library/react';
import { declaration } from '../testing/declarations.fixture';
import { renderScreen } from '../testing/render';
import { LicencesTable } from './licences-table';

const { licences, items } = declaration({
  licences: [
    { ...declaration().licences[0], id: 'all', artworkId: null, validUntil: '2000-01-31' },
    { ...declaration().licences[0], id: 'one', artworkId: declaration().items[0].artworkId },
  ],
});

describe('the licences table', () => {
  it('shows the exporter what each licence covers', () => {
    renderScreen(
      <LicencesTable reader="exporter" licences={licences} items={items} caption="Licences" />,
    );
    const table = screen.getByRole('table', { name: 'Licences' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['Licence type', 'Licence number', 'Issuer', 'Valid until', 'Covers']);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(within(rows[0]).getByText('Every item')).toBeTruthy();
    expect(within(rows[1]).getByText("Ville-d'Avray, the Pond at Dusk")).toBeTruthy();
  });

  it('shows the officer whether each still counts and who attached it', () => {
    renderScreen(
      <>
        <h3 id="attached">已附许可证</h3>
        <LicencesTable reader="customs" licences={licences} items={items} labelledBy="attached" />
      </>,
      { language: 'zh-CN' },
    );
    const table = screen.getByRole('table', { name: '已附许可证' });
    expect(within(table).getAllByRole('columnheader')).toHaveLength(7);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(within(rows[0]).getByText('全部货物')).toBeTruthy();
    expect(within(rows[0]).getByText('已过期')).toBeTruthy();
    expect(within(rows[1]).getByText("第 1 项：Ville-d'Avray, the Pond at Dusk")).toBeTruthy();
  });
});
