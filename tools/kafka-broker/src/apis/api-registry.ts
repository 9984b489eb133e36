import type { ApiHandler } from './api-handler';
import { type ApiVersionRange, createApiVersionsHandler } from './api-versions';
import { createTopicsHandler } from './create-topics';
import { deleteTopicsHandler } from './delete-topics';
import { describeConfigsHandler } from './describe-configs';
import { describeGroupsHandler } from './describe-groups';
import { fetchHandler } from './fetch';
import { findCoordinatorHandler } from './find-coordinator';
import { heartbeatHandler } from './heartbeat';
import { initProducerIdHandler } from './init-producer-id';
import { joinGroupHandler } from './join-group';
import { leaveGroupHandler } from './leave-group';
import { listGroupsHandler } from './list-groups';
import { listOffsetsHandler } from './list-offsets';
import { metadataHandler } from './metadata';
import { offsetCommitHandler } from './offset-commit';
import { offsetFetchHandler } from './offset-fetch';
import { produceHandler } from './produce';
import { syncGroupHandler } from './sync-group';

/** Every API this broker answers, keyed by API key; ApiVersions advertises exactly this table. */
export class ApiRegistry {
  private readonly handlers = new Map<number, ApiHandler>();

  constructor() {
    [
      produceHandler,
      fetchHandler,
      listOffsetsHandler,
      metadataHandler,
      offsetCommitHandler,
      offsetFetchHandler,
      findCoordinatorHandler,
      joinGroupHandler,
      heartbeatHandler,
      leaveGroupHandler,
      syncGroupHandler,
      describeGroupsHandler,
      listGroupsHandler,
      createApiVersionsHandler(() => this.supportedVersions()),
      createTopicsHandler,
      deleteTopicsHandler,
      initProducerIdHandler,
      describeConfigsHandler,
    ].forEach((handler) => this.handlers.set(handler.apiKey, handler));
  }

  /** The handler for this key and version, or undefined when either is unsupported. */
  find(apiKey: number, apiVersion: number): ApiHandler | undefined {
    const handler = this.handlers.get(apiKey);
    return handler && apiVersion >= handler.minVersion && apiVersion <= handler.maxVersion ? handler : undefined;
  }

  supportedVersions(): ApiVersionRange[] {
    return [...this.handlers.values()]
      .map(({ apiKey, minVersion, maxVersion }) => ({ apiKey, minVersion, maxVersion }))
      .sort((left, right) => left.apiKey - right.apiKey);
  }
}
