import { applyDecorators } from '@nestjs/common';
import { Type as TransformTo } from 'class-transformer';
import { IsDefined, ValidateNested } from 'class-validator';

/**
 * A nested object, validated with its own class. ValidateNested alone lets a missing object through, and the
 * use case then fails on `undefined.street`: a missing required object must be a 400 naming the field.
 * With OmittableButNotNull the field may be left out (PATCH) but not be null.
 */
export const NestedObject = (type: () => new () => object) =>
  applyDecorators(IsDefined({ message: '$property is required' }), ValidateNested(), TransformTo(type));
