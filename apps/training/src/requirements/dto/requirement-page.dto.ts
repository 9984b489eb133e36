import { PageOf } from '@praxis/platform';
import { Requirement } from '../requirement.entity';

export class RequirementPage extends PageOf(Requirement) {}
