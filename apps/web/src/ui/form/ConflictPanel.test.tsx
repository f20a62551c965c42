import { fireEvent, render, screen } from '@testing-library/react';
import { Provider } from 'urql';
import { describe, expect, it, vi } from 'vitest';
import { never } from 'wonka';
import type { MeQuery, RecordChangesQuery } from '../../generated/graphql';
import { answer, coChair, mockClient, grantedTo } from '../../test/harness';
import { changesSince, ConflictPanel } from './ConflictPanel';

type Event = RecordChangesQuery['auditEvents']['edges'][number]['node'];
const event = (id: string, at: string, field: string, who: [string, string] | null): Event => ({
  id,
  at,
  field,
  accountId: who?.[0] ?? null,
  actorName: who?.[1] ?? null,
});
const ISU: [string, string] = ['a-isu', 'Implementation Support Unit'];
const NORWAY: [string, string] = ['a-nor', 'Delegate of Norway'];

// The trail of one matter: made by Norway, then two writes by the support unit, the last of two fields at once.
const TRAIL = [
  event('1', '2026-11-20T09:00:00.000Z', 'title', NORWAY),
  event('2', '2026-11-20T09:00:00.000Z', 'description', NORWAY),
  event('3', '2026-11-27T10:00:00.000Z', 'description', ISU),
  event('4', '2026-11-28T08:30:00.000Z', 'title', ISU),
  event('5', '2026-11-28T08:30:00.000Z', 'confidentiality', ISU),
];

describe('who changed a record since a version', () => {
  it('takes each write as one instant by one person, and the last as many as versions went by', () => {
    expect(changesSince(TRAIL, 1)).toEqual([
      {
        key: '4',
        accountId: 'a-isu',
        name: 'Implementation Support Unit',
        at: TRAIL[3]!.at,
        fields: ['title', 'confidentiality'],
      },
    ]);
    expect(changesSince(TRAIL, 2).map((change) => change.fields)).toEqual([
      ['description'],
      ['title', 'confidentiality'],
    ]);
    expect(changesSince(TRAIL, 0)).toEqual([]);
  });
});

describe('the conflict panel', () => {
  const show = (me: MeQuery, onReapply = vi.fn()) => {
    const { client, calls } = mockClient((_, name) => {
      if (name === 'Me') return answer({ data: me });
      if (name === 'RecordChanges')
        return answer({ data: { auditEvents: { edges: TRAIL.map((node) => ({ node })) } } });
      return never;
    });
    render(
      <Provider value={client}>
        <ConflictPanel
          conflict={{ message: 'Changed meanwhile.', current: { title: 'Dates and venue', version: 3 } }}
          entityId="mt-venue"
          version={1}
          fields={[
            { name: 'title', label: 'Title', mine: 'Venue only', theirs: 'Dates and venue' },
            { name: 'description', label: 'Description', mine: 'Where', theirs: 'Where' },
          ]}
          busy={false}
          onReapply={onReapply}
          onKeepTheirs={() => undefined}
        />
      </Provider>,
    );
    return { calls, onReapply };
  };

  it('says who changed which fields, puts their values beside the person’s, and re-applies over the version now current', async () => {
    const { onReapply } = show(coChair);
    await screen.findByText(/^Implementation Support Unit changed Description \(/);
    screen.getByText(/^Implementation Support Unit changed Title, confidentiality \(/);
    const title = screen.getByRole('row', { name: /^Title/ });
    expect(title).toHaveTextContent('Dates and venue');
    expect(title).toHaveTextContent('Venue only');
    fireEvent.click(screen.getByRole('button', { name: 'Re-apply mine' }));
    expect(onReapply).toHaveBeenCalledWith(3);
  });

  it('does not ask the audit trail for someone who may not read it, and still shows both values', async () => {
    const presidency: MeQuery = {
      me: {
        ...coChair.me,
        capacities: ['PRESIDENCY', 'STATE_PARTY'],
        clearance: 'COORDINATING_COMMITTEE',
        permissions: grantedTo(['PRESIDENCY', 'STATE_PARTY']),
      },
    };
    const { calls } = show(presidency);
    await screen.findByText('It was changed by someone else since you opened it.');
    expect(calls('RecordChanges')).toHaveLength(0);
    expect(screen.getByRole('row', { name: /^Title/ })).toHaveTextContent('Venue only');
  });
});
