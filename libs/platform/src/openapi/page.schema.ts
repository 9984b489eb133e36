import { Type } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import type { Page } from '../http/pagination';

/**
 * The OpenAPI shape of `Page<T>`: a generic leaves no trace at run time, so each item type gets its own page class
 * (`export class PatientPage extends PageOf(Patient) {}`).
 */
export const PageOf = <T>(item: Type<T>): Type<Page<T>> => {
  class PageOfItems implements Page<T> {
    @ApiProperty({ type: () => [item] })
    items: T[];

    @ApiProperty({
      type: String,
      nullable: true,
      description: 'pass as `cursor` for the next page; null on the last page',
    })
    nextCursor: string | null;
  }
  return PageOfItems;
};
