import { IsInt, IsString, Max, Min } from 'class-validator';
import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { RequestValidationError } from '../errors/domain-error';
import { OmittableButNotNull } from '../validation/omittable';
import { StrictInteger } from '../validation/strict-integer';

export class PageQuery {
  @OmittableButNotNull()
  @StrictInteger()
  @IsInt()
  @Min(1)
  @Max(200)
  limit = 50;

  @OmittableButNotNull()
  @IsString()
  cursor?: string;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface Position {
  createdAt: string;
  id: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Cursors carry exactly what toISOString wrote; anything looser ('1', '2024') would reach the database as a bad timestamp. */
const isIssuedInstant = (value: string): boolean => {
  const instant = new Date(value);
  return !Number.isNaN(instant.getTime()) && instant.toISOString() === value;
};

const isPosition = (value: unknown): value is Position => {
  const position = value as Partial<Position> | null;
  return (
    typeof position?.id === 'string' &&
    UUID.test(position.id) &&
    typeof position.createdAt === 'string' &&
    isIssuedInstant(position.createdAt)
  );
};

export const decodeCursor = (cursor: string | undefined): Position | undefined => {
  if (!cursor) return undefined;
  try {
    const position: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (isPosition(position)) return position;
  } catch {
    // fall through to the validation error below
  }
  throw new RequestValidationError([{ field: 'cursor', message: 'cursor is not one this API issued' }]);
};

/** Keyset pagination: rows are ordered by (created_at, id) and the cursor names the last row seen. */
export const toPage = <T extends { id: string; createdAt: Date }>(rows: T[], limit: number): Page<T> => {
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  const hasMore = rows.length > limit && last;
  return {
    items,
    nextCursor: hasMore
      ? Buffer.from(JSON.stringify({ createdAt: last.createdAt.toISOString(), id: last.id })).toString('base64url')
      : null,
  };
};

/** One page of rows in (created_at, id) order, after the cursor the caller got with the previous page. */
export const pageOf = async <T extends ObjectLiteral & { id: string; createdAt: Date }>(
  query: SelectQueryBuilder<T>,
  { limit, cursor }: PageQuery,
): Promise<Page<T>> => {
  const after = decodeCursor(cursor);
  const alias = query.alias;
  // The cursor carries milliseconds while timestamptz keeps microseconds: order and compare at the cursor's precision.
  const createdAt = `date_trunc('milliseconds', ${alias}.created_at)`;
  query
    .orderBy(createdAt)
    .addOrderBy(`${alias}.id`)
    .limit(limit + 1);
  if (after) query.andWhere(`(${createdAt}, ${alias}.id) > (:createdAt, :id)`, after);
  return toPage(await query.getMany(), limit);
};
