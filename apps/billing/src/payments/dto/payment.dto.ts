import { currencies } from '@praxis/domain';
import type { CurrencyCode } from '@praxis/domain';
import { NestedObject, OmittableButNotNull, PageOf, PageQuery } from '@praxis/platform';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import type { PaymentMethod } from '../payment-methods';
import { paymentMethods } from '../payment-methods';

/** Passed to the card processor and forgotten: only the brand and the last four digits are kept. */
export class CardDetailsDto {
  @Matches(/^\d{13,19}$/, { message: 'card.number must be 13 to 19 digits' }) number: string;
  @IsInt() @Min(1) @Max(12) expiryMonth: number;
  @IsInt() @Min(2000) @Max(2099) expiryYear: number;
  @Matches(/^\d{3,4}$/, { message: 'card.cvc must be 3 or 4 digits' }) cvc: string;
}

/** How much of the payment goes to one of the patient's visits. */
export class AllocationDto {
  @IsUUID() visitId: string;
  @IsInt() @Min(1) @Max(100_000_000) amountMinor: number;
}

/** Money as the patient hands it over: the method decides which of checkNumber and card are needed. */
export class ReceiptDto {
  @IsInt() @Min(1) @Max(100_000_000) amountMinor: number;
  @IsIn(currencies) currency: CurrencyCode;
  @IsIn(paymentMethods) method: PaymentMethod;
  /** Required for a check, refused for any other method. */
  @ValidateIf((receipt: ReceiptDto) => receipt.method === 'check' || receipt.checkNumber !== undefined)
  @IsString()
  @IsNotEmpty()
  @MaxLength(30)
  checkNumber?: string;
  /** Required for a card, refused for any other method. */
  @ValidateIf((receipt: ReceiptDto) => receipt.method === 'card' || receipt.card !== undefined)
  @NestedObject(() => CardDetailsDto)
  card?: CardDetailsDto;
}

export class PostPaymentDto extends ReceiptDto {
  @IsUUID() patientId: string;
  /**
   * Where the payment goes. Left out, it pays the patient's visits oldest first by date of service; an empty list keeps
   * it all as the patient's credit. Whatever is not applied stays as credit.
   */
  @OmittableButNotNull()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => AllocationDto)
  allocations?: AllocationDto[];
}

/** A co-pay taken at the front desk for a visit, before or after billing has its charges. */
export class TakeCopayDto extends ReceiptDto {
  @IsUUID() patientId: string;
  /** The appointment the co-pay is for. */
  @IsUUID() visitId: string;
}

export class ApplyPaymentDto {
  /** Left out, what is left of the payment pays the patient's visits oldest first by date of service. */
  @OmittableButNotNull()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => AllocationDto)
  allocations?: AllocationDto[];
}

export class RefundPaymentDto {
  /** Taken from what is unapplied first, then from the newest application, which that visit then owes again. */
  @IsInt() @Min(1) @Max(100_000_000) amountMinor: number;
  @IsString() @IsNotEmpty() @MaxLength(500) reason: string;
}

export class PaymentQuery extends PageQuery {
  @IsUUID() patientId: string;
}

export class AllocationView {
  visitId: string;
  /** Negative when a refund took applied money back from the visit. */
  amountMinor: number;
  appliedAt: Date;
}

export class RefundView {
  id: string;
  amountMinor: number;
  method: PaymentMethod;
  reason: string;
  refundedAt: Date;
}

/** A payment as received, with where it went: appliedMinor + refundedMinor + unappliedMinor = amountMinor. */
export class PaymentView {
  id: string;
  patientId: string;
  method: PaymentMethod;
  amountMinor: number;
  currency: CurrencyCode;
  checkNumber: string | null;
  cardBrand: string | null;
  cardLast4: string | null;
  /** The visit a co-pay was taken for. */
  copayVisitId: string | null;
  receivedAt: Date;
  receivedBy: string | null;
  appliedMinor: number;
  refundedMinor: number;
  /** The patient's credit from this payment, to apply later or refund. */
  unappliedMinor: number;
  allocations: AllocationView[];
  refunds: RefundView[];
}

export class PaymentPage extends PageOf(PaymentView) {}
