import { ErrorCode } from '../errors';
import { ApiKey } from '../protocol/api-keys';
import { ResponseWriter } from '../protocol/response-writer';
import { type ApiHandler, writeThrottleTime } from './api-handler';

export interface ApiVersionRange {
  apiKey: number;
  minVersion: number;
  maxVersion: number;
}

/**
 * ApiVersions v0-2 (v1+ appends throttle_time_ms). A client asking with a version we do not know gets
 * a v0-shaped answer with UNSUPPORTED_VERSION plus the list, which is how clients negotiate down.
 */
export function createApiVersionsHandler(supported: () => ApiVersionRange[]): ApiHandler {
  return {
    apiKey: ApiKey.ApiVersions,
    name: 'ApiVersions',
    minVersion: 0,
    maxVersion: 2,
    handle: (_reader, request) => writeApiVersions(ErrorCode.NONE, request.apiVersion, supported()),
  };
}

export function writeApiVersions(errorCode: ErrorCode, version: number, ranges: ApiVersionRange[]): ResponseWriter {
  const writer = new ResponseWriter()
    .int16(errorCode)
    .array(ranges, (range, out) => out.int16(range.apiKey).int16(range.minVersion).int16(range.maxVersion));
  return version >= 1 ? writeThrottleTime(writer) : writer;
}
