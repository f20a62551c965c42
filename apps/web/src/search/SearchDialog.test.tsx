import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { never } from 'wonka';
import type { SearchQuery } from '../generated/graphql';
import { anonymous, answer, mockClient, renderApp } from '../test/harness';

type Hit = SearchQuery['process']['search'][number];
const hit = (kind: Hit['kind'], id: string, title: string, marked: string, matterId: string | null): Hit => ({
  kind,
  id,
  matterId,
  title,
  titleMarks: [{ start: title.indexOf(marked), end: title.indexOf(marked) + marked.length }],
  excerpt: null,
  excerptMarks: [],
  context: kind === 'OPTION' ? 'Dates and venue' : null,
});
const HITS = [
  hit('PARTICIPANT', 'p-tha', 'Thailand', 'Thailand', null),
  hit('MATTER', 'm-venue', 'Venue offered by Thailand', 'Thailand', 'm-venue'),
];

describe('the search', () => {
  it('opens with "/", asks once typing pauses, marks the words found, and opens the hit chosen with the arrows', async () => {
    const mock = mockClient((_, name) => {
      if (name === 'Me') return answer({ data: anonymous });
      if (name === 'Search') return answer({ data: { process: { id: 'p-1', search: HITS } } });
      return never;
    });
    const { router } = renderApp('/timeline?asOf=2003-09-14', () => mock.client);
    // The shortcut's listener is attached by an effect, which React runs after the commit that shows the button: on a
    // busy machine, pressing "/" as soon as the button is seen can come first. The screen's heading comes in a later
    // commit (its code loads apart), and React runs the earlier commit's effects before making it.
    await screen.findByRole('button', { name: /Search/ });
    await screen.findByRole('heading', { level: 1, name: 'Timeline' });
    fireEvent.keyDown(document.body, { key: '/' });
    const dialog = await screen.findByRole('dialog', { name: 'Search as things stood that day' });
    const box = within(dialog).getByRole('combobox');
    // The focus moves in an effect, a moment after what it follows is shown.
    await waitFor(() => expect(box).toHaveFocus());
    fireEvent.change(box, { target: { value: 'Tailand' } });
    const options = await within(dialog).findAllByRole('option');
    expect(mock.calls('Search')).toHaveLength(1);
    expect(mock.calls('Search')[0]![0].variables).toMatchObject({
      text: 'Tailand',
      asOf: '2003-09-14T16:59:59Z',
    });
    expect(options[0]!.querySelector('mark')).toHaveTextContent('Thailand');
    expect(within(dialog).getByRole('status')).toHaveTextContent('2 results, best first.');
    expect(options[0]).toHaveAttribute('aria-selected', 'true');
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    expect(options[1]).toHaveAttribute('aria-selected', 'true');
    expect(box).toHaveAttribute('aria-activedescendant', options[1]!.id);
    fireEvent.keyDown(box, { key: 'Enter' });
    await waitFor(() => expect(router.state.location.pathname).toBe('/matters/m-venue'));
    expect(router.state.location.search).toBe('?asOf=2003-09-14');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});
