import { fireEvent, screen } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { CombinedError } from 'urql';
import { describe, expect, it } from 'vitest';
import { never } from 'wonka';
import { answer, anonymous, mockClient, renderApp } from '../test/harness';

const usedLink = new CombinedError({
  graphQLErrors: [
    new GraphQLError('This link is not valid any more: it was used already or has expired.', {
      extensions: { code: 'BAD_USER_INPUT', field: 'token' },
    }),
  ],
});

describe('the pages emailed links open', () => {
  it('sends the token from the address with the chosen password, and offers a new link when it no longer works', async () => {
    const { client, calls } = mockClient((_, name) => {
      if (name === 'Me') return answer({ data: anonymous });
      if (name === 'AcceptInvitation') return answer({ error: usedLink });
      return never;
    });
    renderApp('/accept-invitation?token=abc123', () => client);
    const password = await screen.findByLabelText('New password');
    fireEvent.change(password, { target: { value: 'a long enough password' } });
    fireEvent.click(screen.getByRole('button', { name: 'Set my password and sign in' }));
    await screen.findByText('This link is not valid any more: it was used already or has expired.');
    expect(calls('AcceptInvitation')[0]![0].variables).toEqual({
      input: { token: 'abc123', password: 'a long enough password' },
    });
    expect(screen.getByRole('link', { name: 'Ask for a new link' })).toHaveAttribute(
      'href',
      '/forgot-password',
    );
  });

  it('says at once when the address carries no link', async () => {
    const { client } = mockClient((_, name) => (name === 'Me' ? answer({ data: anonymous }) : never));
    renderApp('/reset-password', () => client);
    await screen.findByRole('heading', { level: 1, name: 'Choose a new password' });
    expect(
      screen.getByText('This address has no link in it: open the link from your email.'),
    ).toBeInTheDocument();
  });

  it('answers a reset request with where the link goes, whatever the address', async () => {
    const { client, calls } = mockClient((_, name) => {
      if (name === 'Me') return answer({ data: anonymous });
      if (name === 'RequestPasswordReset') return answer({ data: { requestPasswordReset: true } });
      return never;
    });
    renderApp('/forgot-password?email=someone%40example.org', () => client);
    const email = await screen.findByLabelText('Email');
    expect(email).toHaveValue('someone@example.org');
    fireEvent.click(screen.getByRole('button', { name: 'Email me a link' }));
    await screen.findByText(
      /If someone@example.org has an account, a link to choose a new password is on its way/,
    );
    expect(calls('RequestPasswordReset')[0]![0].variables).toEqual({ email: 'someone@example.org' });
  });
});
