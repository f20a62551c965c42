import { applyDecorators } from '@nestjs/common';
import { MaxLength, ValidateIf } from 'class-validator';
import { TEXT_LIMITS } from '@prepcom/domain';

// A folder of its own, importing nothing of the API: every feature's input classes use it.

function limit(maxLength: number, each: boolean): PropertyDecorator {
  return applyDecorators(
    // Null and left out are for the field's own rules; a text given is measured.
    ValidateIf((_object, value) => value != null),
    MaxLength(maxLength, {
      each,
      message: ({ property }) => `${property} is at most ${maxLength.toLocaleString('en')} characters long.`,
    }),
  );
}

/**
 * The length limit of a short text input (a name, a title, a phone number): checked by the validation pipe before
 * anything else runs, so no field takes unbounded text. Services may apply their own, narrower rules too.
 */
export const ShortText = (options: { each?: boolean } = {}) =>
  limit(TEXT_LIMITS.title, options.each ?? false);

/** The length limit of a long text input (a description, a comment, an outcome). */
export const LongText = () => limit(TEXT_LIMITS.description, false);

/** The length limit of a CSV file sent as text (an import): well under the 1 MiB a request body may have. */
export const CsvText = () => limit(TEXT_LIMITS.csv, false);
