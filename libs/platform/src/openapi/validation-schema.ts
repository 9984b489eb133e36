import { Type } from '@nestjs/common';
import { ApiProperty, DECORATORS } from '@nestjs/swagger';
import { getMetadataStorage, ValidationTypes } from 'class-validator';
import type { ValidationMetadata } from 'class-validator/types/metadata/ValidationMetadata';

type SchemaFragment = Record<string, unknown>;

const sourceOf = (pattern: unknown) => (pattern instanceof RegExp ? pattern.source : String(pattern));

/**
 * What each validator promises about a value (or, given `{ each: true }`, about each item), as JSON Schema. The
 * swagger plugin reads only literal arguments of a few validators; these come from the validators as they run, so
 * constants, composed (`applyDecorators`) and custom validators (`IsCalendarDate`) are described too.
 */
const FRAGMENTS: Record<string, (constraints: unknown[]) => SchemaFragment> = {
  isNotEmpty: () => ({ minLength: 1 }),
  isIn: ([values]) => ({ enum: values }),
  matches: ([pattern]) => ({ pattern: sourceOf(pattern) }),
  isUuid: () => ({ format: 'uuid' }),
  isEmail: () => ({ format: 'email' }),
  isIso8601: () => ({ format: 'date-time' }),
  isInt: () => ({ type: 'integer' }),
  min: ([minimum]) => ({ minimum }),
  max: ([maximum]) => ({ maximum }),
  minLength: ([minLength]) => ({ minLength }),
  maxLength: ([maxLength]) => ({ maxLength }),
  isLength: ([minLength, maxLength]) => ({ minLength, ...(maxLength === undefined ? {} : { maxLength }) }),
  isDivisibleBy: ([multipleOf]) => ({ multipleOf }),
  arrayMinSize: ([minItems]) => ({ minItems }),
  arrayMaxSize: ([maxItems]) => ({ maxItems }),
  arrayUnique: () => ({ uniqueItems: true }),
  isCalendarDate: () => ({ format: 'date' }),
  isNpi: () => ({ pattern: '^\\d{10}$', example: '1234567893' }),
  isIanaTimeZone: () => ({ example: 'America/Chicago' }),
};

const isConditional = (metadata: ValidationMetadata) => metadata.type === ValidationTypes.CONDITIONAL_VALIDATION;

const fragmentOf = (metadata: ValidationMetadata): SchemaFragment => {
  const describe = metadata.name ? FRAGMENTS[metadata.name] : undefined;
  return describe ? describe(metadata.constraints ?? []) : {};
};

const NUMBER_KEYWORDS = ['minimum', 'maximum', 'multipleOf'];

/** Rules given `{ each: true }` describe the items of an array. */
const itemsSchemaOf = (rules: ValidationMetadata[]): SchemaFragment => {
  const items = rules.reduce<SchemaFragment>((schema, rule) => ({ ...schema, ...fragmentOf(rule) }), {});
  if (!Object.keys(items).length) return {};
  const values = items.enum as unknown[] | undefined;
  const numeric = values ? typeof values[0] === 'number' : NUMBER_KEYWORDS.some((keyword) => keyword in items);
  return { type: 'array', items: { type: numeric ? 'number' : 'string', ...items } };
};

const propertySchemaOf = (rules: ValidationMetadata[]): SchemaFragment => ({
  ...rules
    .filter((rule) => !rule.each)
    .reduce<SchemaFragment>((schema, rule) => ({ ...schema, ...fragmentOf(rule) }), {}),
  ...itemsSchemaOf(rules.filter((rule) => rule.each)),
  ...(rules.some(isConditional) ? { required: false } : {}),
});

/** Adds to a property's OpenAPI description without overriding what its own `@ApiProperty` declares. */
export const describeProperty = (model: Type, property: string, schema: SchemaFragment): void => {
  if (!Object.keys(schema).length) return;
  const declared: object | undefined = Reflect.getMetadata(
    DECORATORS.API_MODEL_PROPERTIES,
    model.prototype as object,
    property,
  );
  ApiProperty({ ...schema, ...declared })(model.prototype as object, property);
};

/**
 * Describes a class's properties from its class-validator rules, under whatever its own `@ApiProperty` says.
 * Returns whether the class is validated input (which refuses unknown fields).
 */
export const describeValidatedProperties = (model: Type): boolean => {
  const rules = getMetadataStorage().getTargetValidationMetadatas(model, '', true, false);
  const byProperty = getMetadataStorage().groupByPropertyName(rules);
  for (const [property, propertyRules] of Object.entries(byProperty))
    describeProperty(model, property, propertySchemaOf(propertyRules));
  return rules.length > 0;
};
