import { Transform } from 'class-transformer';
import { ValidateIf } from 'class-validator';

/** Names typed at a front desk come with stray spaces; they must not defeat duplicate detection or search. */
export const Trim = () => Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));

/** For PATCH: the field may be left out, but not set to null (the column is required). */
export const OmittableButNotNull = () => ValidateIf((_object: object, value: unknown) => value !== undefined);
