import { ProblemError, type FreeSlot } from '../api/problem';

export interface Refusal {
  message: string;
  /** Free starts the service offers instead, when the time was taken. */
  alternatives: FreeSlot[];
}

/** The service's refusal in the words a receptionist would use at the desk. */
export const refusalInWords = (
  error: unknown,
  provider: { id: string; displayName: string },
  time: string,
): Refusal => {
  if (!(error instanceof ProblemError))
    return { message: 'Praxis could not be reached, so nothing was booked. Try again.', alternatives: [] };
  const { status, detail, nextFreeSlots } = error.problem;
  if (status === 409 && nextFreeSlots) {
    // The dialog books this provider, so only this provider's times are offered.
    const alternatives = nextFreeSlots.filter((slot) => slot.providerId === provider.id);
    const offer = alternatives.length ? ' These times are still free:' : ' There is no free time left nearby.';
    return {
      message: `${provider.displayName} is not free for this visit at ${time}: someone booked that time meanwhile, or the visit would run into the next one.${offer}`,
      alternatives,
    };
  }
  if (status === 422)
    return {
      message: `This visit cannot be booked at ${time}: ${detail ?? 'it breaks a scheduling rule'}.`,
      alternatives: [],
    };
  if (status === 403)
    return { message: 'Your role does not allow booking visits. Ask a colleague at the front desk.', alternatives: [] };
  return { message: `Nothing was booked: ${detail ?? error.problem.title}.`, alternatives: [] };
};
