import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { invalidInput } from '../errors/app-error';

function flatten(errors: ValidationError[], prefix = ''): { field: string; message: string }[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/** Runs the class-validator rules on inputs and answers BAD_USER_INPUT naming every field at fault. */
export function inputValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: false,
    validateCustomDecorators: false,
    exceptionFactory: (errors) =>
      invalidInput(
        flatten(errors).map(({ field, message }) => ({
          guard: 'INVALID_INPUT',
          field,
          message: /[.!?]$/.test(message) ? message : `${message}.`,
        })),
      ),
  });
}
