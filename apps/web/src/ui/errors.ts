// What went wrong, in words a person can act on. The API gives every client error a code, the field at fault and,
// for refused moves and invalid input, every failed guard with its code and parameters, said here in the reader's
// language, and its English message (docs/architecture.md, "Errors").
import type { TFunction } from 'i18next';
import type { CombinedError } from 'urql';
import { sayPhrase, type ServerPhrase } from '../i18n/phrases';

export interface Problem {
  /** The input field the server named, or null for the request as a whole. */
  field: string | null;
  message: string;
}

// Codes whose message says nothing the code does not: shown in the reader's language. Other messages carry what
// only the server knows (which guard, which action, when to retry) and are shown as the server wrote them.
const TRANSLATED_CODES = ['INVALID_CREDENTIALS', 'UNAUTHENTICATED', 'FORBIDDEN', 'CONFLICT'] as const;
type TranslatedCode = (typeof TRANSLATED_CODES)[number];

const isTranslated = (code: unknown): code is TranslatedCode =>
  (TRANSLATED_CODES as readonly unknown[]).includes(code);

const text = (value: unknown): string | null => (typeof value === 'string' && value ? value : null);

interface Guard extends ServerPhrase {
  field?: unknown;
}

/** A paused sign-in, in the reader's language: whether the account or the address, and for how many minutes. */
function throttled(extensions: Record<string, unknown>, t: TFunction): Problem {
  const seconds = typeof extensions.retryAfterSeconds === 'number' ? extensions.retryAfterSeconds : 60;
  const count = Math.max(1, Math.ceil(seconds / 60));
  const message =
    extensions.scope === 'ADDRESS'
      ? t('errors.SIGN_IN_THROTTLED_ADDRESS', { count })
      : t('errors.SIGN_IN_THROTTLED_ACCOUNT', { count });
  return { field: text(extensions.field), message };
}

export function problemsOf(error: CombinedError, t: TFunction): Problem[] {
  if (error.networkError && error.graphQLErrors.length === 0)
    return [{ field: null, message: t('errors.network') }];
  const problems = error.graphQLErrors.flatMap((graphQLError): Problem[] => {
    const { code, field, guards } = graphQLError.extensions as {
      code?: unknown;
      field?: unknown;
      guards?: unknown;
    };
    if (isTranslated(code)) return [{ field: text(field), message: t(`errors.${code}`) }];
    if (code === 'SIGN_IN_THROTTLED') return [throttled(graphQLError.extensions, t)];
    const failures = Array.isArray(guards)
      ? (guards as Guard[]).flatMap((guard) => {
          const message = sayPhrase(guard);
          return message ? [{ field: text(guard.field), message }] : [];
        })
      : [];
    if (failures.length > 0) return failures;
    return [{ field: text(field), message: graphQLError.message || t('errors.unknown') }];
  });
  return problems.length > 0 ? problems : [{ field: null, message: t('errors.unknown') }];
}

/** Every message of a failed request, one per line. */
export function errorText(error: CombinedError, t: TFunction): string {
  return problemsOf(error, t)
    .map((problem) => problem.message)
    .join('\n');
}

/** Problems sorted by the form field they belong to; those about any other field or none go under `form`. */
export function problemsByField<F extends string>(
  problems: readonly Problem[],
  fields: readonly F[],
): Partial<Record<F | 'form', string[]>> {
  const byField: Partial<Record<F | 'form', string[]>> = {};
  for (const problem of problems) {
    const key: F | 'form' = fields.find((field) => field === problem.field) ?? 'form';
    (byField[key] ??= []).push(problem.message);
  }
  return byField;
}
