import { Transform } from 'class-transformer';

/** Spaces typed around a value are not part of it: " Chicago " is checked and kept as "Chicago". */
export const Trimmed = () =>
  Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));
