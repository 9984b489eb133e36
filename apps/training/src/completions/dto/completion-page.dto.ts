import { PageOf } from '@praxis/platform';
import { Completion } from '../completion.entity';

export class CompletionPage extends PageOf(Completion) {}
