import { Controller, Get, Sse } from '@nestjs/common';
import { BrowserSessionsController } from '../browser-sessions/browser-sessions.controller';
import { gatewayOwnedPrefixes, isForwarded } from './forwarded-paths';

@Controller()
class StreamController {
  @Sse('api/v1/streams/:channel')
  follow() {
    return undefined;
  }

  @Get('healthz')
  live() {
    return undefined;
  }
}

describe('which paths the gateway forwards', () => {
  const sut = gatewayOwnedPrefixes([BrowserSessionsController, StreamController]);

  it('forwards a service’s paths', () => {
    expect(isForwarded('/api/v1/staff/42', sut)).toBe(true);
    expect(isForwarded('/api/v1/auth/login', sut)).toBe(true);
  });

  it('keeps the paths of its own controllers, however they are spelled', () => {
    expect(isForwarded('/api/v1/auth/browser/login', sut)).toBe(false);
    expect(isForwarded('/api/v1/Auth/Browser/refresh/', sut)).toBe(false);
    expect(isForwarded('/api/v1/streams/appointments', sut)).toBe(false);
  });

  it('leaves everything outside the API to Nest', () => {
    expect(isForwarded('/healthz', sut)).toBe(false);
    expect(isForwarded('/api/openapi.json', sut)).toBe(false);
    expect(isForwarded('/calendar', sut)).toBe(false);
  });
});
