/** Polls until the assertion passes or the deadline expires; for effects that arrive through Kafka. */
export const eventually = async <T>(assertion: () => Promise<T>, timeoutMs = 20_000, intervalMs = 100): Promise<T> => {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await assertion();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
  }
};
