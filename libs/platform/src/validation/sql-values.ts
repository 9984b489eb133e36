/** A value list written once in code, as SQL literals for the entity's CHECK constraint (`status IN (...)`). */
export const sqlValues = (values: readonly string[]): string =>
  values.map((value) => `'${value.replace(/'/g, "''")}'`).join(', ');
