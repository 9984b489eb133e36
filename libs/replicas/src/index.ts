export * from './clinic-directory/clinic-directory.consumer';
export * from './clinic-directory/clinic-directory.migration';
export * from './clinic-directory/known-clinic.entity';
export * from './foundation.migration';
export * from './staff-directory/staff-directory';
export * from './staff-directory/staff-directory.migration';
export * from './staff-directory/staff-member.entity';
