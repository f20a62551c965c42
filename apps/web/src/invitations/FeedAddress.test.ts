import { describe, expect, it } from 'vitest';
import { feedAddresses } from './FeedAddress';

describe('feedAddresses', () => {
  it('puts an address on the host in use, keeping its path and token, with its webcal twin', () => {
    expect(
      feedAddresses('http://localhost:4000/calendar/private/t0ken.ics', 'http://127.0.0.1:4555'),
    ).toEqual({
      https: 'http://127.0.0.1:4555/calendar/private/t0ken.ics',
      webcal: 'webcal://127.0.0.1:4555/calendar/private/t0ken.ics',
    });
    expect(feedAddresses('/calendar/public.ics', 'https://prepcom.example.org').webcal).toBe(
      'webcal://prepcom.example.org/calendar/public.ics',
    );
  });
});
