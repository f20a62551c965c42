import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { never } from 'wonka';
import { answer, anonymous, coChair, mockClient, renderApp } from '../test/harness';

describe('Shell', () => {
  it('offers sign-in to a visitor, who sees the public view', async () => {
    const { client } = mockClient((_, name) => (name === 'Me' ? answer({ data: anonymous }) : never));
    renderApp('/timeline?asOf=2003-09-14', () => client);
    expect(await screen.findByText('Public view')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Sign in' })).toHaveAttribute(
      'href',
      '/sign-in?next=%2Ftimeline%3FasOf%3D2003-09-14',
    );
  });

  it('keeps the as-of day when moving between screens, and marks the screen shown', async () => {
    const { client } = mockClient((_, name) => (name === 'Me' ? answer({ data: anonymous }) : never));
    renderApp('/timeline?asOf=2003-09-14', () => client);
    const nav = await screen.findByRole('navigation', { name: 'Screens' });
    expect(within(nav).getByRole('link', { name: 'Timeline' })).toHaveAttribute('aria-current', 'page');
    expect(within(nav).getByRole('link', { name: 'Matters' })).toHaveAttribute(
      'href',
      '/matters?asOf=2003-09-14',
    );
  });

  it('names the person signed in and signs them out, asking again who is there', async () => {
    let signedIn = true;
    const makeClient = vi.fn(
      () =>
        mockClient((_, name) => {
          if (name === 'Me') return answer({ data: signedIn ? coChair : anonymous });
          if (name === 'SignOut') {
            signedIn = false;
            return answer({ data: { signOut: true } });
          }
          return never;
        }).client,
    );
    renderApp('/timeline', makeClient);
    expect(await screen.findByText('Delegate of Norway')).toBeInTheDocument();
    expect(screen.getByText('Norway · Co-Chair, State Party')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Sign out' }));
    expect(await screen.findByText('Public view')).toBeInTheDocument();
    expect(makeClient).toHaveBeenCalledTimes(2); // a fresh client: nothing cached from the session survives
  });

  it('switches the language, remembers it and sets the page language', async () => {
    const { client } = mockClient((_, name) => (name === 'Me' ? answer({ data: anonymous }) : never));
    renderApp('/timeline', () => client);
    const languages = await screen.findByRole('group', { name: 'Language' });
    expect(within(languages).getByRole('button', { name: 'English' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    fireEvent.click(within(languages).getByRole('button', { name: 'Français' }));
    expect(await screen.findByRole('link', { name: 'Calendrier' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Calendrier');
    expect(document.documentElement.lang).toBe('fr');
    expect(localStorage.getItem('prepcom.language')).toBe('fr');
    expect(document.title).toBe('Calendrier — prepcom');
    expect(screen.getByRole('button', { name: 'Français' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('shows the screens about oneself to those signed in only', async () => {
    const { client } = mockClient((_, name) => (name === 'Me' ? answer({ data: coChair }) : never));
    renderApp('/timeline?asOf=2003-09-14', () => client);
    const nav = await screen.findByRole('navigation', { name: 'Screens' });
    await within(nav).findByRole('link', { name: 'Inbox' });
    expect(
      within(nav)
        .getAllByRole('link')
        .map((link) => [link.textContent, link.getAttribute('href')]),
    ).toEqual([
      ['Overview', '/?asOf=2003-09-14'],
      ['Timeline', '/timeline?asOf=2003-09-14'],
      ['Matters', '/matters?asOf=2003-09-14'],
      ['Preparations', '/preparations?asOf=2003-09-14'],
      ['Participants', '/participants?asOf=2003-09-14'],
      ['Invitations', '/invitations'],
      ['Inbox', '/inbox'],
      ['Processes', '/processes'],
      // A Co-Chair invites its own delegation's people: the server grants it the accounts screen.
      ['Accounts', '/accounts'],
    ]);
  });

  it('names the process shown when there are several, keeps it in every link, and switches to another', async () => {
    const processes = [
      { id: 'p-1', title: 'Road to the First Review Conference' },
      { id: 'p-2', title: 'Road to the Second Review Conference' },
    ];
    const { client } = mockClient((request, name) => {
      if (name === 'Me') return answer({ data: coChair });
      if (name === 'ProcessSwitcher') {
        const shown = processes.find((process) => process.id === request.variables?.processId);
        return answer({
          data: {
            process: shown ?? processes[0],
            processes: { totalCount: 2, edges: processes.map((node) => ({ node })) },
          },
        });
      }
      return never;
    });
    renderApp('/timeline?process=p-2&asOf=2003-09-14', () => client);
    const switcher = await screen.findByRole('navigation', { name: 'Process:' });
    expect(switcher).toHaveTextContent('Road to the Second Review Conference');
    const nav = screen.getByRole('navigation', { name: 'Screens' });
    await within(nav).findByRole('link', { name: 'Inbox' });
    expect(within(nav).getByRole('link', { name: 'Matters' })).toHaveAttribute(
      'href',
      '/matters?process=p-2&asOf=2003-09-14',
    );
    expect(within(nav).getByRole('link', { name: 'Inbox' })).toHaveAttribute('href', '/inbox?process=p-2');
    // Another process opens on the same screen, live: a day of one process's course means nothing in another's.
    const first = within(switcher).getByRole('link', { name: 'Road to the First Review Conference' });
    expect(first).toHaveAttribute('href', '/timeline?process=p-1');
    expect(
      within(switcher).getByRole('link', { name: 'Road to the Second Review Conference' }),
    ).toHaveAttribute('aria-current', 'true');
    fireEvent.click(first);
    await waitFor(() => expect(switcher).toHaveTextContent('Road to the First Review Conference'));
  });

  it('names no process while there is only one', async () => {
    const { client, calls } = mockClient((_, name) => {
      if (name === 'Me') return answer({ data: anonymous });
      if (name === 'ProcessSwitcher')
        return answer({
          data: {
            process: { id: 'p-1', title: 'Only' },
            processes: { totalCount: 1, edges: [{ node: { id: 'p-1', title: 'Only' } }] },
          },
        });
      return never;
    });
    renderApp('/timeline', () => client);
    await waitFor(() => expect(calls('ProcessSwitcher')).toHaveLength(1));
    expect(screen.queryByRole('navigation', { name: 'Process:' })).toBeNull();
  });

  it('says so when there is no screen at an address', async () => {
    const { client } = mockClient((_, name) => (name === 'Me' ? answer({ data: anonymous }) : never));
    renderApp('/nowhere/123', () => client);
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
  });
});
