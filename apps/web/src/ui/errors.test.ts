import { GraphQLError } from 'graphql';
import { CombinedError } from 'urql';
import { describe, expect, it } from 'vitest';
import { chooseLanguage, initI18n } from '../i18n/i18n';
import { loadPhrases } from '../i18n/phrases';
import { problemsByField, problemsOf } from './errors';

const { t } = await initI18n('en');

const refused = new CombinedError({
  graphQLErrors: [
    new GraphQLError('Matter cannot move: …', {
      extensions: {
        code: 'TRANSITION_REFUSED',
        field: 'options',
        guards: [
          {
            guard: 'DRAFT_TEXT_REQUIRED',
            field: 'options',
            message: 'An option must reach the draft-text stage.',
          },
          { guard: 'OUTCOME_REQUIRED', field: 'outcome', message: 'Record the outcome.' },
        ],
      },
    }),
  ],
});

describe('problemsOf', () => {
  it('says each failed guard in the reader’s language from its code and parameters', async () => {
    const stage = (code: string) => ({
      graphQLErrors: [
        new GraphQLError('Matter cannot move: …', {
          extensions: {
            code: 'TRANSITION_REFUSED',
            guards: [
              {
                guard: 'DRAFT_TEXT_REQUIRED',
                field: 'options',
                code,
                params: { stage: 'CONVERGING' },
                message:
                  "An option must reach the draft-text stage …; the furthest option is at 'Converging'.",
              },
            ],
          },
        }),
      ],
    });
    await loadPhrases();
    await chooseLanguage('fr');
    expect(problemsOf(new CombinedError(stage('DRAFT_TEXT_REQUIRED')), t)).toEqual([
      {
        field: 'options',
        message:
          'Une option doit atteindre le stade du projet de texte avant que la question soit prête pour décision ; l’option la plus avancée en est à « En convergence ».',
      },
    ]);
    // A code this build does not know yet: the server's English rather than nothing.
    expect(problemsOf(new CombinedError(stage('SOMETHING_NEWER')), t)).toEqual([
      {
        field: 'options',
        message: "An option must reach the draft-text stage …; the furthest option is at 'Converging'.",
      },
    ]);
  });

  it('gives every failed guard with the field it names', () => {
    expect(problemsOf(refused, t)).toEqual([
      { field: 'options', message: 'An option must reach the draft-text stage.' },
      { field: 'outcome', message: 'Record the outcome.' },
    ]);
  });

  it('puts each message next to its field, and the rest with the form', () => {
    expect(problemsByField(problemsOf(refused, t), ['outcome', 'note'] as const)).toEqual({
      form: ['An option must reach the draft-text stage.'],
      outcome: ['Record the outcome.'],
    });
  });

  it('says in the reader’s language what a code alone says, keeping the field', () => {
    const error = new CombinedError({
      graphQLErrors: [
        new GraphQLError('That email and password do not match an account.', {
          extensions: { code: 'INVALID_CREDENTIALS', field: 'password' },
        }),
      ],
    });
    expect(problemsOf(error, t)).toEqual([{ field: 'password', message: t('errors.INVALID_CREDENTIALS') }]);
  });

  it('keeps the server’s words when they carry more than the code', () => {
    const error = new CombinedError({
      graphQLErrors: [
        new GraphQLError('Too many sign-in attempts; try again in 12 minutes.', {
          extensions: { code: 'RATE_LIMITED' },
        }),
      ],
    });
    expect(problemsOf(error, t)).toEqual([
      { field: null, message: 'Too many sign-in attempts; try again in 12 minutes.' },
    ]);
  });

  it('says a paused sign-in in the reader’s language, from its code, scope and time', async () => {
    const paused = (scope: string, retryAfterSeconds: number) =>
      new CombinedError({
        graphQLErrors: [
          new GraphQLError('Too many failed sign-ins to this account; try again in 15 minutes.', {
            extensions: { code: 'SIGN_IN_THROTTLED', field: 'password', scope, retryAfterSeconds },
          }),
        ],
      });
    expect(problemsOf(paused('ACCOUNT', 900), t)).toEqual([
      {
        field: 'password',
        message: 'Too many failed sign-ins to this account. Try again in 15 minutes, or reset the password.',
      },
    ]);
    const french = (await initI18n('fr')).t;
    expect(problemsOf(paused('ADDRESS', 50), french)).toEqual([
      {
        field: 'password',
        message: 'Trop de connexions manquées depuis votre réseau. Réessayez dans 1 minute.',
      },
    ]);
    const spanish = (await initI18n('es')).t;
    expect(problemsOf(paused('ACCOUNT', 600), spanish)[0]!.message).toBe(
      'Demasiados intentos fallidos de acceso a esta cuenta. Vuelva a intentarlo dentro de 10 minutos o restablezca la contraseña.',
    );
  });

  it('says the server could not be reached when it was not', () => {
    const error = new CombinedError({ networkError: new Error('Failed to fetch') });
    expect(problemsOf(error, t)).toEqual([{ field: null, message: t('errors.network') }]);
  });
});
