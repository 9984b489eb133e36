import { Type } from '@nestjs/common';
import { getMetadataArgsStorage } from 'typeorm';
import { describeProperty } from './validation-schema';

const COLUMN_SCHEMAS: Record<string, Record<string, unknown>> = {
  uuid: { format: 'uuid' },
  date: { format: 'date' },
  smallint: { type: 'integer' },
  int: { type: 'integer' },
  integer: { type: 'integer' },
};

/** An entity returned as it is stored: its column types say what TypeScript's `string` and `number` cannot (uuid, date, integer). */
export const describeColumns = (model: Type): void => {
  const storage = getMetadataArgsStorage();
  for (const column of storage.columns.filter((candidate) => candidate.target === model)) {
    const generatedUuid = storage.generations.some(
      (generation) =>
        generation.target === model &&
        generation.propertyName === column.propertyName &&
        generation.strategy === 'uuid',
    );
    const type = generatedUuid ? 'uuid' : typeof column.options.type === 'string' ? column.options.type : undefined;
    const schema = type ? COLUMN_SCHEMAS[type] : undefined;
    if (schema) describeProperty(model, column.propertyName, schema);
  }
};
