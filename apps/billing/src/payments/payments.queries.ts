import { Injectable } from '@nestjs/common';
import { pageOf } from '@praxis/platform';
import { TenantTransactions } from '@praxis/tenancy';
import { PaymentPage, PaymentQuery, PaymentView } from './dto/payment.dto';
import { PatientPayment } from './patient-payment.entity';
import { paymentView, paymentViews } from './payment-views';

@Injectable()
export class PaymentsQueries {
  constructor(private readonly transactions: TenantTransactions) {}

  /** A patient's payments in the order they came in. */
  page({ patientId, ...page }: PaymentQuery): Promise<PaymentPage> {
    return this.transactions.run(async (manager) => {
      const query = manager
        .createQueryBuilder(PatientPayment, 'payment')
        .where('payment.patient_id = :patientId', { patientId });
      const { items, nextCursor } = await pageOf(query, page);
      return { items: await paymentViews(manager, items), nextCursor };
    });
  }

  get(id: string): Promise<PaymentView> {
    return this.transactions.run((manager) => paymentView(manager, id));
  }
}
