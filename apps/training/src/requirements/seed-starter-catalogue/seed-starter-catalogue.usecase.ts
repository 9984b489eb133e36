import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AssignmentPlanner } from '../../assignments/assignment-planner';
import { Requirement } from '../requirement.entity';
import { STARTER_CATALOGUE } from '../starter-catalogue';
import { SeedStarterCatalogueCommand } from './seed-starter-catalogue.command';

/** Gives a new clinic the starter catalogue once; names the manager already chose are left alone. */
@Injectable()
export class SeedStarterCatalogue {
  constructor(private readonly planner: AssignmentPlanner) {}

  async execute(manager: EntityManager, { tenantId, now }: SeedStarterCatalogueCommand): Promise<void> {
    await manager
      .createQueryBuilder()
      .insert()
      .into(Requirement)
      .values(STARTER_CATALOGUE.map((requirement) => ({ ...requirement, tenantId })))
      .orIgnore()
      .execute();
    await this.planner.plan(manager, now);
  }
}
