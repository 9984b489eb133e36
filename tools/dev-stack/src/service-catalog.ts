/** Every process `npm start` runs, with its local ports; deploy/ and docker-compose.yml are checked against this list. */
export interface ServiceEntry {
  name: string;
  port: number;
  /** Internal: Prometheus scrapes /metrics here; no Ingress or published port reaches it. */
  metricsPort: number;
}

export interface DomainService extends ServiceEntry {
  database: string;
}

export const GATEWAY: ServiceEntry = { name: 'gateway', port: 3000, metricsPort: 9460 };

export const DOMAIN_SERVICES: DomainService[] = [
  { name: 'identity', port: 3001, metricsPort: 9461, database: 'praxis_identity' },
  { name: 'scheduling', port: 3002, metricsPort: 9462, database: 'praxis_scheduling' },
  { name: 'billing', port: 3003, metricsPort: 9463, database: 'praxis_billing' },
  { name: 'claims', port: 3004, metricsPort: 9464, database: 'praxis_claims' },
  { name: 'training', port: 3005, metricsPort: 9465, database: 'praxis_training' },
];

export const ALL_SERVICES = [GATEWAY, ...DOMAIN_SERVICES];

/** A stand-in for an outside party, run locally by `npm start` and the tests and never deployed: claims submits to it. */
export const CLEARINGHOUSE: ServiceEntry = { name: 'clearinghouse', port: 3006, metricsPort: 9466 };
