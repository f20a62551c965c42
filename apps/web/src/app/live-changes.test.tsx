import { act, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { Provider } from 'urql';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeSubject, never } from 'wonka';
import type { ProcessChangedSubscription } from '../generated/graphql';
import { type Answer, mockClient } from '../test/harness';
import { BURST_MS, LiveChangesProvider, LiveNote, useHoldLiveUpdates, useLiveRefresh } from './live-changes';

type Change = ProcessChangedSubscription['processChanged'];
const change = (changed: Partial<Change>): Change => ({
  kind: 'CHANGED',
  entityType: 'matter',
  action: 'MOVE',
  matterTitle: 'Dates and venue',
  by: 'Norway',
  byYou: false,
  ...changed,
});

/** A screen that counts how often it reads itself again, with a form that can be "being filled". */
function Screen() {
  const [reads, setReads] = useState(0);
  const [editing, setEditing] = useState(false);
  useLiveRefresh(() => setReads((n) => n + 1));
  useHoldLiveUpdates(editing);
  return (
    <>
      <LiveNote />
      <p>{`read again ${reads} times`}</p>
      <label>
        <input type="checkbox" checked={editing} onChange={(event) => setEditing(event.target.checked)} />
        editing
      </label>
    </>
  );
}

function show(live: boolean) {
  const feed = makeSubject<Answer>();
  const mock = mockClient((_, name) => (name === 'ProcessChanged' ? feed.source : never));
  const router = createMemoryRouter(
    [
      {
        path: '/',
        element: (
          <LiveChangesProvider live={live}>
            <Screen />
          </LiveChangesProvider>
        ),
      },
    ],
    { initialEntries: ['/?process=p-1'] },
  );
  render(
    <Provider value={mock.client}>
      <RouterProvider router={router} />
    </Provider>,
  );
  const hear = (heard: Change) => act(() => feed.next({ data: { processChanged: heard } }));
  return { mock, hear };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('screens that update themselves', () => {
  it('read themselves again when someone else changes something, and say what changed', async () => {
    const { mock, hear } = show(true);
    expect(mock.calls('ProcessChanged')[0]![0].variables).toEqual({ processId: 'p-1' });
    hear(change({ kind: 'LISTENING', entityType: null, action: null, matterTitle: null, by: null }));
    expect(screen.getByText('read again 0 times')).toBeInTheDocument();
    hear(change({ entityType: 'participant_view', action: 'CREATE' }));
    expect(await screen.findByText('read again 1 times')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Norway gave a view on Dates and venue, just now');
    // One's own change is on screen already.
    hear(change({ byYou: true }));
    expect(screen.getByText('read again 1 times')).toBeInTheDocument();
  });

  it('wait while a form is being filled, and catch up once it closes', async () => {
    const { hear } = show(true);
    fireEvent.click(screen.getByLabelText('editing'));
    hear(change({}));
    hear(change({ entityType: 'action', action: 'UPDATE', by: null }));
    expect(screen.getByText('read again 0 times')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('');
    fireEvent.click(screen.getByLabelText('editing'));
    expect(await screen.findByText('read again 1 times')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(
      'Someone changed an action for Dates and venue, just now',
    );
  });

  it('read a burst of changes twice: the first at once, the rest together at its end', () => {
    vi.useFakeTimers();
    const { hear } = show(true);
    hear(change({ matterTitle: 'Dates and venue' }));
    expect(screen.getByText('read again 1 times')).toBeInTheDocument();
    hear(change({ entityType: 'matter_option', action: 'CREATE', matterTitle: 'Costs' }));
    hear(change({ entityType: 'participant_view', action: 'CREATE', matterTitle: 'Costs' }));
    expect(screen.getByText('read again 1 times')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Norway moved Dates and venue, just now');
    act(() => vi.advanceTimersByTime(BURST_MS));
    expect(screen.getByText('read again 2 times')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Norway gave a view on Costs, just now');
    // The burst is over: nothing more waits, and the next change is read at once again.
    act(() => vi.advanceTimersByTime(BURST_MS));
    expect(screen.getByText('read again 2 times')).toBeInTheDocument();
    hear(change({}));
    expect(screen.getByText('read again 3 times')).toBeInTheDocument();
  });

  it('do not move on a past day: the feed is not even heard', () => {
    const { mock } = show(false);
    expect(mock.calls('ProcessChanged')).toHaveLength(0);
    expect(screen.getByText('read again 0 times')).toBeInTheDocument();
  });
});
