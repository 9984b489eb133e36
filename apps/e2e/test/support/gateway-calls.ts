import { SystemWithAClinic } from './system-with-a-clinic';

export interface GatewayAnswer {
  status: number;
  headers: Headers;
  /** Whatever JSON the API answered. */
  body: ReturnType<typeof JSON.parse>;
}

export type GatewayCall = (
  method: string,
  path: string,
  body?: unknown,
  headers?: Record<string, string>,
) => Promise<GatewayAnswer>;

/** A call that answers only the body, or fails naming the call when the API refused it. */
export type GatewayOk = (
  method: string,
  path: string,
  body?: unknown,
  headers?: Record<string, string>,
) => Promise<GatewayAnswer['body']>;

/** Calls the gateway with the bearer given (the clinic's admin by default). */
export const gatewayCaller =
  (system: SystemWithAClinic, bearer?: string): GatewayCall =>
  async (method, path, body, headers = {}) => {
    const response = await fetch(`${system.gateway.url}${path}`, {
      method,
      headers: { authorization: bearer ?? system.clinic.bearer, 'content-type': 'application/json', ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : undefined };
  };

/** The answer's body, or a failure naming the call when the API refused it. */
export const okFrom =
  (call: GatewayCall): GatewayOk =>
  async (method, path, body, headers) => {
    const answer = await call(method, path, body, headers);
    if (answer.status >= 300)
      throw new Error(`${method} ${path} answered ${answer.status}: ${JSON.stringify(answer.body)}`);
    return answer.body;
  };
