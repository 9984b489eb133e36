import { useQueries, useQuery, type QueryClient } from '@tanstack/react-query';
import { api, type Schemas } from '../api/client';
import { dataOrThrow } from '../api/problem';
import type { CalendarDate } from './wall-clock';

export type Appointment = Schemas['Appointment'];
export type Slot = Schemas['SlotDto'];
export type Provider = Schemas['Provider'];
export type Location = Schemas['Location'];
export type AppointmentType = Schemas['AppointmentType'];
export type Patient = Schemas['Patient'];
export type WorkingHours = Schemas['WorkingHoursView'];
export type AvailabilityException = Schemas['AvailabilityException'];
export type ScheduleSpan = 'day' | 'week';

export const dayKeys = {
  schedule: (locationId: string, date: CalendarDate) => ['schedule', locationId, date] as const,
  slots: (locationId: string, date: CalendarDate) => ['slots', locationId, date] as const,
  exceptions: ['availability-exceptions'] as const,
};

/** After a visit is booked or moved, every day and week shown at the location may have changed. */
export const refreshLocationCalendar = (queryClient: QueryClient, locationId: string) =>
  Promise.all([
    queryClient.invalidateQueries({ queryKey: ['schedule', locationId] }),
    queryClient.invalidateQueries({ queryKey: ['slots', locationId] }),
  ]);

export const useLocations = () =>
  useQuery({ queryKey: ['locations'], queryFn: async () => dataOrThrow(await api.GET('/api/v1/locations')) });

export const useProviders = () =>
  useQuery({
    queryKey: ['providers'],
    queryFn: async () => dataOrThrow(await api.GET('/api/v1/providers')).filter((provider) => provider.active),
  });

export const useAppointmentTypes = () =>
  useQuery({
    queryKey: ['appointment-types'],
    queryFn: async () => dataOrThrow(await api.GET('/api/v1/appointment-types')),
  });

export const useSchedule = (locationId: string | undefined, date: CalendarDate, span: ScheduleSpan = 'day') =>
  useQuery({
    queryKey: [...dayKeys.schedule(locationId ?? '', date), span],
    enabled: !!locationId,
    queryFn: async () =>
      dataOrThrow(
        await api.GET('/api/v1/schedules/locations/{locationId}', {
          params: { path: { locationId: locationId ?? '' }, query: { date, span } },
        }),
      ),
  });

export interface SlotSearch {
  locationId: string | undefined;
  appointmentType: AppointmentType | undefined;
  from: CalendarDate;
  to: CalendarDate;
  /** Omitted: every provider with hours at the location. */
  providerId?: string;
  limit?: number;
}

/** Free starts of one visit type at a location, in the location's dates from..to (both inclusive). */
export const useFreeSlots = ({ locationId, appointmentType, from, to, providerId, limit = 1000 }: SlotSearch) =>
  useQuery({
    queryKey: [...dayKeys.slots(locationId ?? '', from), to, appointmentType?.id, providerId, limit],
    enabled: !!locationId && !!appointmentType,
    queryFn: async () =>
      dataOrThrow(
        await api.GET('/api/v1/slots', {
          params: {
            query: {
              locationId: locationId ?? '',
              appointmentTypeId: appointmentType?.id ?? '',
              from,
              to,
              limit,
              ...(providerId ? { providerId } : {}),
            },
          },
        }),
      ),
  });

/** Each provider's weekly hours, at every location they work at. */
export const useWorkingHours = (providerIds: string[]) =>
  useQueries({
    queries: providerIds.map((providerId) => ({
      queryKey: ['working-hours', providerId],
      queryFn: async () =>
        dataOrThrow(
          await api.GET('/api/v1/availability/providers/{providerId}/working-hours', {
            params: { path: { providerId } },
          }),
        ),
      staleTime: 5 * 60_000,
    })),
    combine: (results) => ({
      data: results.flatMap(({ data }) => data ?? []),
      isPending: results.some((result) => result.isPending),
      isError: results.some((result) => result.isError),
    }),
  });

/** Time off, holidays and extra hours of the whole clinic: few rows, read once and shared by every view. */
export const useAvailabilityExceptions = () =>
  useQuery({
    queryKey: dayKeys.exceptions,
    queryFn: async () => dataOrThrow(await api.GET('/api/v1/availability/exceptions')),
    staleTime: 5 * 60_000,
  });

export const shortestOf = (types: AppointmentType[] | undefined): AppointmentType | undefined =>
  [...(types ?? [])].filter((type) => type.active).sort((a, b) => a.durationMinutes - b.durationMinutes)[0];

/** The schedule names patients by id; the grid shows their names, each fetched once and cached. */
export const usePatientNames = (patientIds: string[]): Map<string, string> => {
  const results = useQueries({
    queries: [...new Set(patientIds)].map((id) => ({
      queryKey: ['patient', id],
      queryFn: async () => dataOrThrow(await api.GET('/api/v1/patients/{id}', { params: { path: { id } } })),
      staleTime: 5 * 60_000,
    })),
  });
  return new Map(results.flatMap(({ data }) => (data ? [[data.id, patientName(data)] as const] : [])));
};

export const patientName = (patient: Patient): string => `${patient.lastName}, ${patient.firstName}`;
