import { Module } from '@nestjs/common';
import { AssignmentsModule } from '../assignments/assignments.module';
import { CreateRequirement } from './create-requirement/create-requirement.usecase';
import { RequirementsController } from './requirements.controller';
import { RequirementsQueries } from './requirements.queries';
import { SeedStarterCatalogue } from './seed-starter-catalogue/seed-starter-catalogue.usecase';
import { UpdateRequirement } from './update-requirement/update-requirement.usecase';

/** The courses and credentials a clinic requires, of whom, and how often. */
@Module({
  imports: [AssignmentsModule],
  controllers: [RequirementsController],
  providers: [RequirementsQueries, CreateRequirement, UpdateRequirement, SeedStarterCatalogue],
  exports: [SeedStarterCatalogue],
})
export class RequirementsModule {}
