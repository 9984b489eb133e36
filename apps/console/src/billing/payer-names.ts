import { useQueries } from '@tanstack/react-query';
import { coveragesQuery } from '../patients/patient-data';

/**
 * Billing names a payer by its id; the name the front desk recorded with the patient's coverage is what a clerk knows
 * it by, so it is read from the coverages of the patients on screen.
 */
export const usePayerNames = (patientIds: string[]) => {
  const results = useQueries({
    queries: [...new Set(patientIds)].map((patientId) => ({ ...coveragesQuery(patientId), staleTime: 5 * 60_000 })),
  });
  const names = new Map(
    results.flatMap(({ data }) => data ?? []).map((coverage) => [coverage.payerId, coverage.payerName] as const),
  );
  return {
    nameOf: (payerId: string | null): string =>
      payerId === null ? 'Insurance' : names.has(payerId) ? `${names.get(payerId)} (${payerId})` : payerId,
  };
};
