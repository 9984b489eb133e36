import 'reflect-metadata';
import { Controller, type INestMicroservice, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ClientKafka, EventPattern, Payload, Transport } from '@nestjs/microservices';
import { logLevel } from 'kafkajs';
import { lastValueFrom } from 'rxjs';
import { startKafkaBroker, type RunningKafkaBroker } from '../index';
import { waitFor } from '../testing/wait-for';

interface AppointmentBooked {
  appointmentId: string;
}

const receivedEvents: AppointmentBooked[] = [];

@Controller()
class AppointmentEventsController {
  @EventPattern('appointments.booked')
  onAppointmentBooked(@Payload() event: AppointmentBooked): void {
    receivedEvents.push(event);
  }
}

@Module({ controllers: [AppointmentEventsController] })
class AppointmentEventsModule {}

describe('@nestjs/microservices Kafka transport', () => {
  let broker: RunningKafkaBroker;
  let microservice: INestMicroservice;
  let client: ClientKafka;

  beforeAll(async () => {
    broker = await startKafkaBroker({ logLevel: 'silent' });
    microservice = await NestFactory.createMicroservice(AppointmentEventsModule, {
      logger: false,
      transport: Transport.KAFKA,
      options: {
        client: { clientId: 'appointments', brokers: broker.brokers, logLevel: logLevel.NOTHING },
        consumer: { groupId: 'appointments', heartbeatInterval: 200, maxWaitTimeInMs: 200 },
        subscribe: { fromBeginning: true },
      },
    });
    await microservice.listen();
    client = new ClientKafka({
      client: { clientId: 'booking', brokers: broker.brokers, logLevel: logLevel.NOTHING },
      consumer: { groupId: 'booking', heartbeatInterval: 200, maxWaitTimeInMs: 200 },
    });
    await client.connect();
  });

  afterAll(async () => {
    await client.close();
    await microservice.close();
    await broker.stop();
  });

  it('delivers an event emitted by ClientKafka to an @EventPattern handler', async () => {
    await lastValueFrom(client.emit('appointments.booked', { appointmentId: 'apt-42' }));
    await waitFor('the event handler to run', () => receivedEvents.length > 0);
    expect(receivedEvents).toEqual([{ appointmentId: 'apt-42' }]);
  });
});
