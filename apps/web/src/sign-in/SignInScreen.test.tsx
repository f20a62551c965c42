import { fireEvent, screen, waitFor } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { CombinedError } from 'urql';
import { describe, expect, it, vi } from 'vitest';
import { never } from 'wonka';
import { answer, anonymous, coChair, mockClient, renderApp } from '../test/harness';
import { safeNext } from './SignInScreen';

const badInput = new CombinedError({
  graphQLErrors: [
    new GraphQLError('email must be an email address.', {
      extensions: {
        code: 'BAD_USER_INPUT',
        field: 'email',
        guards: [{ guard: 'INVALID_INPUT', field: 'email', message: 'email must be an email address.' }],
      },
    }),
  ],
});
const wrongPassword = new CombinedError({
  graphQLErrors: [
    new GraphQLError('That email and password do not match an account.', {
      extensions: { code: 'INVALID_CREDENTIALS', field: 'password' },
    }),
  ],
});

describe('SignInScreen', () => {
  it('shows the server’s validation message next to the field it names', async () => {
    const attempts = [badInput, wrongPassword];
    const { client, calls } = mockClient((_, name) => {
      if (name === 'Me') return answer({ data: anonymous });
      if (name === 'SignIn') return answer({ error: attempts.shift() });
      return never;
    });
    renderApp('/sign-in', () => client);
    const email = await screen.findByLabelText('Email');
    const password = screen.getByLabelText('Password');
    fireEvent.change(email, { target: { value: 'norway' } });
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    const emailProblem = await screen.findByText('email must be an email address.');
    expect(email).toHaveAttribute('aria-describedby', emailProblem.closest('[role=alert]')!.id);
    expect(email).toHaveAttribute('aria-invalid', 'true');
    // The focus moves in an effect, a moment after what it follows is shown.
    await waitFor(() => expect(email).toHaveFocus());
    expect(password).not.toHaveAttribute('aria-invalid');

    fireEvent.change(email, { target: { value: ' norway@prepcom.local ' } });
    fireEvent.change(password, { target: { value: 'not the password' } });
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    const passwordProblem = await screen.findByText('That email and password do not match an account.');
    expect(password).toHaveAttribute('aria-describedby', passwordProblem.closest('[role=alert]')!.id);
    expect(screen.queryByText('email must be an email address.')).not.toBeInTheDocument();
    expect(calls('SignIn').at(-1)![0].variables).toEqual({
      input: { email: 'norway@prepcom.local', password: 'not the password' },
    });
  });

  it('signs in, starts a fresh session and goes back where the person came from', async () => {
    let signedIn = false;
    const makeClient = vi.fn(
      () =>
        mockClient((_, name) => {
          if (name === 'Me') return answer({ data: signedIn ? coChair : anonymous });
          if (name === 'SignIn') {
            signedIn = true;
            return answer({
              data: {
                signIn: {
                  account: { id: 'a-nor', displayName: 'Delegate of Norway' },
                  capacities: ['CO_CHAIR'],
                },
              },
            });
          }
          return never;
        }).client,
    );
    const { router } = renderApp('/sign-in?next=%2Fmatters%3FasOf%3D2003-09-14', makeClient);
    fireEvent.change(await screen.findByLabelText('Email'), { target: { value: 'norway@prepcom.local' } });
    fireEvent.change(screen.getByLabelText('Password'), { target: { value: 'the password' } });
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/matters'));
    expect(router.state.location.search).toBe('?asOf=2003-09-14');
    expect(makeClient).toHaveBeenCalledTimes(2);
    expect(await screen.findByText('Delegate of Norway')).toBeInTheDocument();
  });

  it('only goes back to a path of this site', () => {
    expect(safeNext('/matters?open=1')).toBe('/matters?open=1');
    expect(safeNext('//evil.example/')).toBe('/');
    expect(safeNext('https://evil.example/')).toBe('/');
    expect(safeNext(null)).toBe('/');
  });
});
