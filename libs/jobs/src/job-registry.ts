import { Type } from '@nestjs/common';
import { JobDefinition } from './job-definition';
import { JobHandlersMisconfiguredError, UnknownJobError } from './job-errors';
import { JobHandler, jobHandledBy } from './job-handler';
import { QueueName } from './queue-name';

export interface JobRegistration {
  definition: JobDefinition;
  handler: Type<JobHandler>;
}

const duplicateDefinitions = (definitions: readonly JobDefinition[]): string[] => {
  const names = definitions.map((definition) => definition.name);
  const duplicated = names.filter((name, index) => names.indexOf(name) !== index);
  return [...new Set(duplicated)].map((name) => `job ${name} is defined more than once`);
};

const handlersProblems = (definitions: readonly JobDefinition[], handlers: readonly Type<JobHandler>[]): string[] =>
  handlers.flatMap((handler) => {
    const definition = jobHandledBy(handler);
    if (!definition) return [`handler ${handler.name} has no @HandlesJob(...) decorator`];
    if (!definitions.includes(definition))
      return [`handler ${handler.name} handles job ${definition.name}, which is not in jobs`];
    if (handler.name !== definition.name) {
      return [`handler ${handler.name} handles job ${definition.name}: a job's name must be its handler's class name`];
    }
    return [];
  });

const handlerCountProblems = (definitions: readonly JobDefinition[], handlers: readonly Type<JobHandler>[]): string[] =>
  definitions.flatMap((definition) => {
    const handlersOfJob = handlers.filter((handler) => jobHandledBy(handler) === definition);
    if (handlersOfJob.length === 0) return [`job ${definition.name} has no handler`];
    if (handlersOfJob.length > 1) {
      return [
        `job ${definition.name} has ${handlersOfJob.length} handlers: ${handlersOfJob.map((handler) => handler.name).join(', ')}`,
      ];
    }
    return [];
  });

/** The jobs this service runs, each with exactly one handler: checked once, at start-up, so a gap fails the boot. */
export class JobRegistry {
  private readonly byName: Map<string, JobRegistration>;

  private constructor(registrations: JobRegistration[]) {
    this.byName = new Map(registrations.map((registration) => [registration.definition.name, registration]));
  }

  static check(definitions: readonly JobDefinition[], handlers: readonly Type<JobHandler>[]): JobRegistry {
    const problems = [
      ...duplicateDefinitions(definitions),
      ...handlersProblems(definitions, handlers),
      ...handlerCountProblems(definitions, handlers),
    ];
    if (problems.length > 0) throw new JobHandlersMisconfiguredError(problems);
    return new JobRegistry(
      handlers.flatMap((handler) => {
        const definition = jobHandledBy(handler);
        return definition ? [{ definition, handler }] : [];
      }),
    );
  }

  get registrations(): JobRegistration[] {
    return [...this.byName.values()];
  }

  get queueNames(): QueueName[] {
    return [...new Set(this.registrations.map((registration) => registration.definition.queue))];
  }

  find(jobName: string): JobRegistration | undefined {
    return this.byName.get(jobName);
  }

  assertRegistered(definition: JobDefinition): void {
    if (this.find(definition.name)?.definition !== definition) throw new UnknownJobError(`job ${definition.name}`);
  }
}
