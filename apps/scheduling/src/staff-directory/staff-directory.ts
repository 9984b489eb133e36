import { Injectable } from '@nestjs/common';
import { StaffMember } from '@praxis/replicas';
import { EntityManager } from 'typeorm';

/** Staff as identity announced them, read inside the caller's tenant transaction. */
@Injectable()
export class StaffDirectory {
  find(manager: EntityManager, userId: string): Promise<StaffMember | null> {
    return manager.findOneBy(StaffMember, { userId });
  }
}
