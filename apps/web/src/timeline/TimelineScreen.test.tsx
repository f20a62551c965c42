import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { never } from 'wonka';
import { timelineData } from '../test/fixtures';
import { answer, anonymous, mockClient, renderApp } from '../test/harness';

const showAt = async (path: string) => {
  const mock = mockClient((_, name) =>
    name === 'Me'
      ? answer({ data: anonymous })
      : name === 'TimelineScreen'
        ? answer({ data: timelineData() })
        : never,
  );
  renderApp(path, () => mock.client);
  await screen.findByRole('heading', { name: 'Fifth Meeting of the States Parties' });
  return {
    ...mock,
    items: within(screen.getAllByRole('list')[1]!).getAllByRole('listitem', { current: false }),
  };
};

describe('TimelineScreen', () => {
  it('lists the milestones in date order, with a line where the chosen day falls', async () => {
    const { calls } = await showAt('/timeline?asOf=2003-09-14');
    expect(calls('TimelineScreen')[0]![0].variables).toEqual({ asOf: '2003-09-14T16:59:59Z' });
    const timeline = document.querySelector('.timeline__list') as HTMLElement;
    const entries = [...timeline.children].map((li) => li.querySelector('h2')?.textContent ?? li.textContent);
    expect(entries).toEqual([
      'Informal dialogue on the preparations for the First Review Conference',
      'As of 14 Sept 2003',
      'Fifth Meeting of the States Parties',
      'First Review Conference (Nairobi Summit on a Mine-Free World)',
    ]);
  });

  it('gives each meeting at the venue clock and at the reader’s own', async () => {
    await showAt('/timeline?asOf=2003-09-14');
    const dialogue = screen.getByRole('heading', { name: /Informal dialogue/ }).closest('li') as HTMLElement;
    // The tests run in UTC: the reader's own clock is two hours behind Geneva's summer time.
    expect(dialogue).toHaveTextContent('27 Jun 2002, 15:00–18:00 (Europe/Zurich)');
    expect(dialogue).toHaveTextContent('Your time: 27 Jun 2002, 13:00–16:00 (UTC)');
    expect(dialogue).toHaveTextContent('Palais des Nations, Geneva, Room VII');
    expect(within(dialogue).getByText('Past')).toBeInTheDocument();
  });

  it('shows each milestone’s matters with readiness and health, and marks the next one', async () => {
    await showAt('/timeline?asOf=2003-09-14');
    const fifth = screen
      .getByRole('heading', { name: 'Fifth Meeting of the States Parties' })
      .closest('li') as HTMLElement;
    expect(within(fifth).getByText('Next')).toBeInTheDocument();
    expect(fifth).toHaveTextContent('1 matter due here · their readiness 79%');
    expect(fifth).toHaveTextContent('Cost estimates for the First Review Conference');
    expect(fifth).toHaveTextContent('▲At risk');
    // A milestone's status is the API's status now, so a past day does not show it.
    expect(within(fifth).queryByText('Planned')).not.toBeInTheDocument();
  });

  it('draws a "today" line when live, and shows the statuses', async () => {
    await showAt('/timeline');
    expect(document.querySelector('.timeline__now')).toHaveTextContent(/^Today, /);
    expect(screen.getAllByText('Planned')).toHaveLength(2);
  });
});
