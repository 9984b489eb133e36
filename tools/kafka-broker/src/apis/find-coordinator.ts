import { ErrorCode } from '../errors';
import { ApiKey } from '../protocol/api-keys';
import { ResponseWriter } from '../protocol/response-writer';
import { type ApiHandler, writeThrottleTime } from './api-handler';

/** FindCoordinator v0-1: this node coordinates every group (and would every transaction). */
export const findCoordinatorHandler: ApiHandler = {
  apiKey: ApiKey.FindCoordinator,
  name: 'FindCoordinator',
  minVersion: 0,
  maxVersion: 1,
  handle(reader, request, broker) {
    reader.string();
    if (request.apiVersion >= 1) reader.int8();
    const { nodeId, host, port } = broker.node;
    const writer = new ResponseWriter();
    if (request.apiVersion >= 1) writeThrottleTime(writer).int16(ErrorCode.NONE).string(null);
    else writer.int16(ErrorCode.NONE);
    return writer.int32(nodeId).string(host).int32(port);
  },
};
