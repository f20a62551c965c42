import { ValidationPipe, type ArgumentMetadata, type ValidationError } from '@nestjs/common';
import { refusal, type GuardFailure } from '@prepcom/domain';
import { invalidInput } from '../errors/app-error';
import { phraseOfFailure } from './input-rules';

/**
 * Each failed rule as a guard failure: the field, the rule's phrase (code and parameters) for the dashboard to say
 * in the reader's language, and class-validator's English message, which names the field, for other clients.
 */
function failures(errors: ValidationError[], prefix = ''): GuardFailure[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([constraint, text]) => {
      const message = /[.!?]$/.test(text) ? text : `${text}.`;
      const phrase = phraseOfFailure(error, constraint);
      return phrase
        ? { ...refusal('INVALID_INPUT', field, phrase.code, phrase.params), message }
        : refusal('INVALID_INPUT', field, 'INVALID_INPUT', { detail: message });
    });
    return [...own, ...failures(error.children ?? [], field)];
  });
}

/**
 * Validates what clients send, never the objects the API resolves: Nest hands a field resolver's parent
 * (`@Parent()`) to the global pipes too, and copying and validating each of the dashboard's 5,000 views cost about a
 * second per request (docs/benchmarks.md).
 */
class InputValidationPipe extends ValidationPipe {
  protected override toValidate(metadata: ArgumentMetadata): boolean {
    return (metadata.type as unknown) !== GRAPHQL_PARENT && super.toValidate(metadata);
  }
}

/** @nestjs/graphql's GqlParamtype.ROOT, which its package does not export: the parameter kind of `@Parent()`. */
const GRAPHQL_PARENT = 0;

/** Runs the class-validator rules on inputs and answers BAD_USER_INPUT with every rule that failed, by field. */
export function inputValidationPipe(): ValidationPipe {
  return new InputValidationPipe({
    transform: false,
    validateCustomDecorators: false,
    // Each error keeps the object it was found in, whose class declares the rule's numbers (input-rules.ts); the
    // factory sends none of it.
    validationError: { target: true },
    exceptionFactory: (errors) => invalidInput(failures(errors)),
  });
}
