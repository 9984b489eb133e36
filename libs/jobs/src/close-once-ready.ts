/**
 * BullMQ connects a queue or worker in the background and reports a failed connection as an error event; closed while
 * still connecting, it has already dropped its listeners, and that event would crash the process. So it connects first.
 */
export const closeOnceReady = async (closable: {
  waitUntilReady(): Promise<unknown>;
  close(): Promise<void>;
}): Promise<void> => {
  await closable.waitUntilReady().catch(() => undefined);
  await closable.close();
};
