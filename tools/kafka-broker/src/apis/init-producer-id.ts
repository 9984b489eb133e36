import { ErrorCode } from '../errors';
import { ApiKey } from '../protocol/api-keys';
import { ResponseWriter } from '../protocol/response-writer';
import { type ApiHandler, writeThrottleTime } from './api-handler';

/** InitProducerId v0-1 (identical layouts). Every call yields a fresh producer id with epoch 0. */
export const initProducerIdHandler: ApiHandler = {
  apiKey: ApiKey.InitProducerId,
  name: 'InitProducerId',
  minVersion: 0,
  maxVersion: 1,
  handle(reader, _request, broker) {
    reader.nullableString();
    reader.int32();
    return writeThrottleTime(new ResponseWriter()).int16(ErrorCode.NONE).int64(broker.producerIds.allocate()).int16(0);
  },
};
