import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import Redis from 'ioredis';
import { GATEWAY_CONFIG, GatewayConfig } from '../gateway.config';
import { AppointmentChange } from './appointment-change';

export interface ChangeListener {
  deliver(change: AppointmentChange): void;
  /** The replica can no longer promise to deliver every change: the listener's client should reconnect and refetch. */
  lost(): void;
}

/**
 * Every gateway replica must hear every clinic's appointment changes, yet the topic is read once, by whichever member
 * of the gateway's consumer group holds the partition. That member publishes each change on the clinic's Redis
 * channel; a replica subscribes to a clinic's channel only while it holds one of that clinic's streams, so a replica
 * receives only the clinics it serves and isolation rests on the channel name, made from the verified token's clinic.
 * Pub/sub keeps nothing, so a replica whose subscription connection drops ends its streams and their clients refetch.
 */
@Injectable()
export class ClinicChannels implements OnModuleDestroy {
  private readonly logger = new Logger(ClinicChannels.name);
  private readonly publisher: Redis;
  private readonly subscriber: Redis;
  private readonly prefix: string;
  private readonly listeners = new Map<string, Set<ChangeListener>>();
  private readonly subscriptions = new Map<string, Promise<unknown>>();

  constructor(@Inject(GATEWAY_CONFIG) config: GatewayConfig) {
    this.prefix = `${config.RATE_LIMIT_NAMESPACE}:live-appointments:`;
    this.publisher = new Redis(config.REDIS_URL, { maxRetriesPerRequest: 2 });
    this.subscriber = new Redis(config.REDIS_URL, { maxRetriesPerRequest: 2 });
    this.subscriber.on('message', (channel: string, message: string) => this.deliver(channel, message));
    this.subscriber.on('close', () => this.loseEveryListener());
  }

  async publish(tenantId: string, change: AppointmentChange): Promise<void> {
    await this.publisher.publish(this.channelOf(tenantId), JSON.stringify(change));
  }

  /** Resolves once this replica hears the clinic's channel, so nothing published afterwards can pass the listener by. */
  async listen(tenantId: string, listener: ChangeListener): Promise<() => void> {
    const channel = this.channelOf(tenantId);
    const listeners = this.listeners.get(channel) ?? new Set<ChangeListener>();
    if (listeners.size === 0) {
      this.listeners.set(channel, listeners);
      this.subscriptions.set(channel, this.subscriber.subscribe(channel));
    }
    listeners.add(listener);
    const stop = () => this.forget(channel, listener);
    try {
      await this.subscriptions.get(channel);
    } catch (error) {
      stop();
      throw error;
    }
    return stop;
  }

  async onModuleDestroy(): Promise<void> {
    this.loseEveryListener();
    await Promise.all([this.publisher.quit(), this.subscriber.quit()].map((quit) => quit.catch(() => undefined)));
  }

  private channelOf(tenantId: string): string {
    return `${this.prefix}${tenantId}`;
  }

  private deliver(channel: string, message: string): void {
    const listeners = this.listeners.get(channel);
    if (!listeners) return;
    const change = JSON.parse(message) as AppointmentChange;
    for (const listener of listeners) listener.deliver(change);
  }

  private forget(channel: string, listener: ChangeListener): void {
    const listeners = this.listeners.get(channel);
    if (!listeners?.delete(listener) || listeners.size > 0) return;
    this.listeners.delete(channel);
    this.subscriptions.delete(channel);
    this.subscriber.unsubscribe(channel).catch((error: unknown) => {
      this.logger.warn({ err: error instanceof Error ? error.message : String(error) }, 'could not leave a channel');
    });
  }

  private loseEveryListener(): void {
    for (const listeners of [...this.listeners.values()]) for (const listener of [...listeners]) listener.lost();
  }
}
