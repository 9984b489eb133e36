import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** One refused field of a 400 or 422 problem. */
export class InvalidField {
  @ApiProperty({
    description: 'the request field, dotted for nested ones (`clinic.address.state`), or a header name',
    example: 'dateOfBirth',
  })
  field: string;

  @ApiProperty({ example: 'dateOfBirth must be a real calendar date as YYYY-MM-DD' })
  message: string;
}

/** RFC 9457 problem details, as the one problem filter writes every error. Further members (`possibleDuplicates`, `nextFreeSlots`) may follow. */
export class Problem {
  @ApiProperty({ example: 'about:blank' })
  type: string;

  @ApiProperty({ example: 'Bad Request' })
  title: string;

  @ApiProperty({ type: 'integer', minimum: 400, maximum: 599, example: 400 })
  status: number;

  @ApiPropertyOptional({ example: 'invalid request: dateOfBirth' })
  detail?: string;

  @ApiPropertyOptional({ description: 'the path that was called', example: '/api/v1/patients' })
  instance?: string;

  @ApiPropertyOptional({ description: 'the x-request-id the call was logged under' })
  requestId?: string;

  @ApiPropertyOptional({ type: [InvalidField], description: 'which fields were refused and why (400 and 422)' })
  errors?: InvalidField[];
}
