import { useQueries, useQuery } from '@tanstack/react-query';
import { api, type Schemas } from '../api/client';
import { dataOrThrow } from '../api/problem';
import type { CalendarDate } from './wall-clock';

export type Appointment = Schemas['Appointment'];
export type Slot = Schemas['SlotDto'];
export type Provider = Schemas['Provider'];
export type Location = Schemas['Location'];
export type AppointmentType = Schemas['AppointmentType'];
export type Patient = Schemas['Patient'];

export const dayKeys = {
  schedule: (locationId: string, date: CalendarDate) => ['schedule', locationId, date] as const,
  slots: (locationId: string, date: CalendarDate) => ['slots', locationId, date] as const,
};

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

export const useSchedule = (locationId: string | undefined, date: CalendarDate) =>
  useQuery({
    queryKey: dayKeys.schedule(locationId ?? '', date),
    enabled: !!locationId,
    queryFn: async () =>
      dataOrThrow(
        await api.GET('/api/v1/schedules/locations/{locationId}', {
          params: { path: { locationId: locationId ?? '' }, query: { date } },
        }),
      ),
  });

/** Free starts for the shortest visit type: any longer visit is checked when booked, and a refusal offers what does fit. */
export const useFreeSlots = (
  locationId: string | undefined,
  date: CalendarDate,
  shortestType: AppointmentType | undefined,
) =>
  useQuery({
    queryKey: [...dayKeys.slots(locationId ?? '', date), shortestType?.id],
    enabled: !!locationId && !!shortestType,
    queryFn: async () =>
      dataOrThrow(
        await api.GET('/api/v1/slots', {
          params: {
            query: {
              locationId: locationId ?? '',
              appointmentTypeId: shortestType?.id ?? '',
              from: date,
              to: date,
              limit: 1000,
            },
          },
        }),
      ),
  });

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
