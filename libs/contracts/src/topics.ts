/** Every Kafka topic, one per aggregate family. Events of one aggregate share a key, so they stay ordered. */
export enum Topic {
  IdentityTenants = 'identity.tenants',
  IdentityStaff = 'identity.staff',
}

export const deadLetterTopicOf = (topic: string): string => `${topic}.dlt`;
