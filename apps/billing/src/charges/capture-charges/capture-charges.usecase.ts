import { Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import { EntityManager } from 'typeorm';
import { primaryCoverageOn } from '../../coverage/active-coverage';
import { lockWhoPaysOfPatient } from '../../coverage/who-pays-lock';
import { priceOn, Quote } from '../../fee-schedules/fee-schedule-pricing';
import { BillingVisit } from '../billing-visit.entity';
import { whoPays } from '../who-pays';
import { CaptureChargesCommand } from './capture-charges.command';

/**
 * A completed visit becomes its charges, each line priced by the schedule in force on the date of service. A line
 * without a price is kept unpriced and the visit waits on the review worklist rather than going out wrong.
 */
@Injectable()
export class CaptureCharges {
  async execute(manager: EntityManager, { tenantId, completed }: CaptureChargesCommand): Promise<void> {
    if (await manager.existsBy(BillingVisit, { id: completed.appointmentId })) return;
    const dateOfService = DateTime.fromISO(completed.startsAt).setZone(completed.timeZone).toISODate() as string;
    await lockWhoPaysOfPatient(manager, completed.patientId);
    const coverage = await primaryCoverageOn(manager, completed.patientId, dateOfService);
    const payerId = coverage?.payerId;
    const quotes: (Quote | undefined)[] = [];
    for (const line of completed.procedures)
      quotes.push(
        await priceOn(manager, { dateOfService, procedureCode: line.code, modifiers: line.modifiers, payerId }),
      );
    const charges = completed.procedures.map((line, index) => {
      const unitPrice = quotes[index]?.charge.amountMinor ?? null;
      return {
        tenantId,
        lineNumber: index + 1,
        procedureCode: line.code,
        modifiers: line.modifiers,
        units: line.units,
        diagnoses: line.diagnosisPointers.map((pointer) => completed.diagnoses[pointer - 1]),
        unitPriceMinor: unitPrice,
        amountMinor: unitPrice === null ? null : unitPrice * line.units,
      };
    });
    const visit = manager.create(BillingVisit, {
      id: completed.appointmentId,
      tenantId,
      patientId: completed.patientId,
      providerId: completed.providerId,
      locationId: completed.locationId,
      dateOfService,
      timeZone: completed.timeZone,
      status: quotes.every(Boolean) ? 'ready' : 'needs_review',
      ...whoPays(coverage),
      currency: quotes.find(Boolean)?.charge.currency ?? null,
      charges,
    });
    await manager.save(visit);
  }
}
