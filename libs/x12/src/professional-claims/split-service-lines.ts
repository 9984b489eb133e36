import { ProfessionalClaim } from './professional-claim';
import { MAX_SERVICE_LINES } from './validate-professional-claims';

/**
 * A claim with more lines than one 837P claim may carry, as several claims of at most 50 lines. Each part keeps
 * every diagnosis, so the lines' pointers stay valid, and gets its own patient control number ("-1", "-2"...)
 * so that acknowledgements and remittances can be matched to the part.
 */
export const splitServiceLines = (claim: ProfessionalClaim, maxLines = MAX_SERVICE_LINES): ProfessionalClaim[] => {
  if (claim.serviceLines.length <= maxLines) return [claim];
  const parts: ProfessionalClaim[] = [];
  for (let start = 0; start < claim.serviceLines.length; start += maxLines)
    parts.push({
      ...claim,
      patientControlNumber: `${claim.patientControlNumber}-${parts.length + 1}`,
      serviceLines: claim.serviceLines.slice(start, start + maxLines),
    });
  return parts;
};
