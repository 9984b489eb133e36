import { ClaimsPage } from '../../claims/claims-page';
import { RemittanceTransactionView } from '../remittance-transaction';
import { useRemittance } from '../remittances-data';

/** One stored payment with the claims it answered, as it was posted. */
export const RemittanceDetailPage = ({ remittanceId }: { remittanceId: string }) => {
  const remittance = useRemittance(remittanceId);
  return (
    <ClaimsPage title="Remittance" error={remittance.error}>
      {remittance.data ? (
        <RemittanceTransactionView transaction={remittance.data} />
      ) : (
        <p role="status">Loading the remittance…</p>
      )}
    </ClaimsPage>
  );
};
