import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { never } from 'wonka';
import { answer, anonymous, mockClient, renderApp } from '../test/harness';

/** Where the screens point: the as-of day they keep is the one applied. */
const matterLink = () => screen.getByRole('link', { name: 'Matters' }).getAttribute('href');

describe('the as-of field', () => {
  it('applies a typed day only once it is complete and the person presses Enter or leaves the field', async () => {
    const { client } = mockClient((_, name) => (name === 'Me' ? answer({ data: anonymous }) : never));
    renderApp('/timeline?asOf=2003-09-14', () => client);
    const field = await screen.findByLabelText('As of');
    expect(field).toHaveValue('14/09/2003');
    // Keystroke by keystroke, as a person types over the day shown: nothing moves.
    for (const typed of [
      '2',
      '27',
      '27/',
      '27/0',
      '27/06',
      '27/06/',
      '27/06/2',
      '27/06/20',
      '27/06/200',
      '27/06/2002',
    ]) {
      fireEvent.change(field, { target: { value: typed } });
      expect(matterLink()).toBe('/matters?asOf=2003-09-14');
    }
    fireEvent.keyDown(field, { key: 'Enter' });
    expect(matterLink()).toBe('/matters?asOf=2002-06-27');
    expect(field).toHaveValue('27/06/2002');

    fireEvent.change(field, { target: { value: '1/7/2002' } });
    fireEvent.blur(field);
    expect(matterLink()).toBe('/matters?asOf=2002-07-01');
  });

  it('keeps what was typed and says how to write a day when it names none', async () => {
    const { client } = mockClient((_, name) => (name === 'Me' ? answer({ data: anonymous }) : never));
    renderApp('/timeline?asOf=2003-09-14', () => client);
    const field = await screen.findByLabelText('As of');
    fireEvent.change(field, { target: { value: '31/02/2003' } });
    fireEvent.keyDown(field, { key: 'Enter' });
    expect(await screen.findByRole('alert')).toHaveTextContent('Not a day: type it as dd/mm/yyyy.');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveValue('31/02/2003');
    expect(matterLink()).toBe('/matters?asOf=2003-09-14');
    fireEvent.keyDown(field, { key: 'Escape' });
    expect(field).toHaveValue('14/09/2003');
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
