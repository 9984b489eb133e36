/** Every process `npm start` runs, with its local port; deploy/ and docker-compose.yml are checked against this list. */
export interface ServiceEntry {
  name: string;
  port: number;
}

export interface DomainService extends ServiceEntry {
  database: string;
}

export const GATEWAY: ServiceEntry = { name: 'gateway', port: 3000 };

export const DOMAIN_SERVICES: DomainService[] = [
  { name: 'identity', port: 3001, database: 'praxis_identity' },
  { name: 'scheduling', port: 3002, database: 'praxis_scheduling' },
  { name: 'billing', port: 3003, database: 'praxis_billing' },
  { name: 'claims', port: 3004, database: 'praxis_claims' },
  { name: 'training', port: 3005, database: 'praxis_training' },
];

export const ALL_SERVICES = [GATEWAY, ...DOMAIN_SERVICES];
