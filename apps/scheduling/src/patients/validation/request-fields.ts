import { Transform } from 'class-transformer';

/** Names typed at a front desk come with stray spaces; they must not defeat duplicate detection or search. */
export const Trim = () =>
  Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));
