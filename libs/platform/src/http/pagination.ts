import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, Min } from 'class-validator';
import { RequestValidationError } from '../errors/domain-error';

export class PageQuery {
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit = 50;

  @IsOptional()
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

export const decodeCursor = (cursor: string | undefined): Position | undefined => {
  if (!cursor) return undefined;
  try {
    const position = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as Position;
    if (typeof position.createdAt === 'string' && typeof position.id === 'string') return position;
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
    nextCursor: hasMore ? Buffer.from(JSON.stringify({ createdAt: last.createdAt.toISOString(), id: last.id })).toString('base64url') : null,
  };
};
