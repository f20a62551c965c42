import { act, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { chooseLanguage } from '../i18n/i18n';
import { ReasonsList } from './ReasonsList';

const reasons = [
  {
    code: 'LOW_READINESS_NEAR',
    params: {
      score: 60,
      minimum: 80,
      left: { code: 'DAYS_BEFORE_START', params: { count: 3, meeting: '5MSP' } },
    },
    message: "Readiness is 60, below 80, 3 days before '5MSP' starts.",
  },
  { code: 'NEWER_THAN_THIS_BUILD', params: {}, message: 'Something the server knows how to say.' },
];

describe('ReasonsList', () => {
  it('says each reason in the language in use, and again when it changes', async () => {
    await act(() => chooseLanguage('es'));
    render(<ReasonsList reasons={reasons} />);
    // The server's English until the sentences are in, then Spanish.
    await waitFor(() =>
      expect(screen.getAllByRole('listitem')[0]).toHaveTextContent(
        'La preparación está en 60, por debajo de 80, a 3 días del comienzo de «5MSP». LOW_READINESS_NEAR',
      ),
    );
    await act(() => chooseLanguage('fr'));
    expect(screen.getAllByRole('listitem')[0]).toHaveTextContent(
      'La préparation est à 60, sous 80, à 3 jours du début de « 5MSP ». LOW_READINESS_NEAR',
    );
    // A code this build cannot say yet: the server's English.
    expect(screen.getAllByRole('listitem')[1]).toHaveTextContent('Something the server knows how to say.');
  });
});
