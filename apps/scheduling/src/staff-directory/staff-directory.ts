import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { StaffMember } from './staff-member.entity';

/** Staff as identity announced them, read inside the caller's tenant transaction. */
@Injectable()
export class StaffDirectory {
  find(manager: EntityManager, userId: string): Promise<StaffMember | null> {
    return manager.findOneBy(StaffMember, { userId });
  }
}
