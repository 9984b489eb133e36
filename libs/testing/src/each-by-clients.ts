/** Works through the items as `clients` callers at once would: each takes the next item as soon as it is free. */
export const eachByClients = async <Item>(
  items: readonly Item[],
  clients: number,
  work: (item: Item) => Promise<void>,
): Promise<void> => {
  let next = 0;
  const client = async () => {
    while (next < items.length) await work(items[next++]);
  };
  await Promise.all(Array.from({ length: clients }, client));
};
