import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { GraphQLError } from 'graphql';
import { AppError } from '../common/errors/app-error';
import { SharedRateLimiter, type RateLimit } from '../common/rate-limits/rate-limiter';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';

type Scope = 'ACCOUNT' | 'ADDRESS';

function inWords(seconds: number): string {
  return seconds <= 90 ? `${seconds} seconds` : `${Math.ceil(seconds / 60)} minutes`;
}

/**
 * Counts failed sign-ins per account (the email, hashed: an address that has no account is counted alike, so the
 * answer reveals nothing) and per client address, with a far higher ceiling per address: a delegation or a whole
 * conference venue behind one address is not locked out by a few mistyped passwords, and a guesser spreading over
 * addresses still stops at the account's ceiling. Each attempt is counted before the password is checked (so
 * parallel guesses cannot all slip under the ceiling) and given back when it succeeds. The counters are in Redis,
 * shared by every replica. The refusal's code, SIGN_IN_THROTTLED, with `scope` and `retryAfterSeconds`, lets the
 * dashboard say it in the reader's language.
 */
@Injectable()
export class SignInThrottle {
  private readonly limits: Record<Scope, RateLimit>;

  constructor(
    private readonly limiter: SharedRateLimiter,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.limits = {
      ACCOUNT: { max: config.signInFailuresPerAccount, windowSeconds: config.authRateWindowSeconds },
      ADDRESS: { max: config.signInFailuresPerAddress, windowSeconds: config.authRateWindowSeconds },
    };
  }

  async attempt<T>(email: string, reply: FastifyReply, signIn: () => Promise<T>): Promise<T> {
    const keys: Record<Scope, string> = {
      ACCOUNT: createHash('sha256').update(email.trim().toLowerCase()).digest('base64url'),
      ADDRESS: reply.request.ip,
    };
    const taken: Scope[] = [];
    const giveBack = () =>
      Promise.all(
        taken.map((scope) =>
          this.limiter.giveBack(`signInFailure:${scope}`, keys[scope], this.limits[scope]),
        ),
      );
    for (const scope of ['ACCOUNT', 'ADDRESS'] as const) {
      const decision = await this.limiter.take(`signInFailure:${scope}`, keys[scope], this.limits[scope]);
      if (!decision.allowed) {
        await giveBack();
        reply.header('Retry-After', String(decision.retryAfterSeconds));
        throw throttled(scope, decision.retryAfterSeconds);
      }
      taken.push(scope);
    }
    try {
      const result = await signIn();
      await giveBack();
      return result;
    } catch (error) {
      if (!(error instanceof GraphQLError && error.extensions.code === 'INVALID_CREDENTIALS'))
        await giveBack();
      throw error;
    }
  }
}

function throttled(scope: Scope, retryAfterSeconds: number): AppError {
  return new AppError(
    'SIGN_IN_THROTTLED',
    scope === 'ACCOUNT'
      ? `Too many failed sign-ins to this account; try again in ${inWords(retryAfterSeconds)}, or reset the password.`
      : `Too many failed sign-ins from your network address; try again in ${inWords(retryAfterSeconds)}.`,
    { field: 'password', scope, retryAfterSeconds },
  );
}
