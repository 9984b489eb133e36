/** Seeding runs for identity's tenant.created, in the consumer's transaction. */
export interface SeedStarterCatalogueCommand {
  tenantId: string;
  now: Date;
}
