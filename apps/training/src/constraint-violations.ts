import { ConstraintViolations } from '@praxis/platform';
import { CompletionAlreadyCorrectedError } from './completions/completion-review';
import { RequirementNameTakenError } from './requirements/requirement-rules';

/** A race past the name check still ends as the same 409. */
export const trainingConstraintViolations: ConstraintViolations = {
  training_requirements_unique_name: () => new RequirementNameTakenError('of that name'),
  training_completions_one_correction: () => new CompletionAlreadyCorrectedError(),
};
