/**
 * The same form sent twice (a retry after a dropped answer) gets the same key and so is done once; a corrected form is
 * a new request with a key of its own.
 */
export const idempotencyKey = async (formKey: string, body: unknown): Promise<string> => {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(JSON.stringify(body)));
  const hex = [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${formKey}:${hex}`;
};
