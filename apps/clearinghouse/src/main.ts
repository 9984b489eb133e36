import 'reflect-metadata';
import { runService } from '@praxis/platform';
import { recipe } from './recipe';

void runService(recipe);
