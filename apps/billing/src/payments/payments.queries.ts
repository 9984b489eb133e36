import { Injectable } from '@nestjs/common';
import { PatientDataTrail } from '@praxis/messaging';
import { pageOf } from '@praxis/platform';
import { TenantTransactions } from '@praxis/tenancy';
import { PaymentPage, PaymentQuery, PaymentView } from './dto/payment.dto';
import { PatientPayment } from './patient-payment.entity';
import { paymentRecord, paymentView, paymentViews } from './payment-views';

@Injectable()
export class PaymentsQueries {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly trail: PatientDataTrail,
  ) {}

  /** A patient's payments in the order they came in. */
  page({ patientId, ...page }: PaymentQuery): Promise<PaymentPage> {
    return this.transactions.run(async (manager) => {
      const query = manager
        .createQueryBuilder(PatientPayment, 'payment')
        .where('payment.patient_id = :patientId', { patientId });
      const { items, nextCursor } = await pageOf(query, page);
      // An empty list is recorded too: that the patient has no payments is itself disclosed.
      const records = items.length > 0 ? items.map(paymentRecord) : [paymentRecord({ patientId, id: null })];
      await this.trail.record(manager, 'read', records);
      return { items: await paymentViews(manager, items), nextCursor };
    });
  }

  get(id: string): Promise<PaymentView> {
    return this.transactions.run(async (manager) => {
      const view = await paymentView(manager, id);
      await this.trail.record(manager, 'read', [paymentRecord(view)]);
      return view;
    });
  }
}
