import { Module } from '@nestjs/common';
import { AssignmentPlanner } from './assignment-planner';
import { StaffEventsConsumer } from './staff-events.consumer';

/** Who must meet which requirement, kept in line with identity's staff and the clinic's requirements. */
@Module({
  controllers: [StaffEventsConsumer],
  providers: [AssignmentPlanner],
  exports: [AssignmentPlanner],
})
export class AssignmentsModule {}
