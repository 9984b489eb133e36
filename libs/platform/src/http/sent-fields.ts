/** Only the fields a PATCH actually sent: class-transformer leaves the others as undefined own properties. */
export const sentFields = <T extends object>(changes: T): Partial<T> =>
  Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined)) as Partial<T>;
