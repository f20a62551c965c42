import { ValidationPipe, type ArgumentMetadata, type ValidationError } from '@nestjs/common';
import { refusal } from '@prepcom/domain';
import { invalidInput } from '../errors/app-error';

function flatten(errors: ValidationError[], prefix = ''): { field: string; message: string }[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flatten(error.children ?? [], field)];
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

/** Runs the class-validator rules on inputs and answers BAD_USER_INPUT naming every field at fault. */
export function inputValidationPipe(): ValidationPipe {
  return new InputValidationPipe({
    transform: false,
    validateCustomDecorators: false,
    exceptionFactory: (errors) =>
      invalidInput(
        flatten(errors).map(({ field, message }) =>
          refusal('INVALID_INPUT', field, 'INVALID_INPUT', {
            detail: /[.!?]$/.test(message) ? message : `${message}.`,
          }),
        ),
      ),
  });
}
