import { useQuery, type QueryClient } from '@tanstack/react-query';
import { api, type Schemas } from '../api/client';
import { dataOrThrow } from '../api/problem';
import type { Patient } from '../calendar/day-data';

export type Coverage = Schemas['Coverage'];
export type PatientCriteria = Schemas['SearchPatientsDto'];

/** The calendar caches patients under the same key, so a name it already showed opens the page at once. */
export const patientKeys = {
  patient: (id: string) => ['patient', id] as const,
  coverages: (id: string) => ['patient', id, 'coverages'] as const,
  visits: (id: string) => ['patient', id, 'visits'] as const,
  search: (criteria: PatientCriteria | undefined) => ['patient-search', criteria] as const,
};

export const usePatient = (id: string) =>
  useQuery({
    queryKey: patientKeys.patient(id),
    queryFn: async () => dataOrThrow(await api.GET('/api/v1/patients/{id}', { params: { path: { id } } })),
  });

export const coveragesQuery = (patientId: string) => ({
  queryKey: patientKeys.coverages(patientId),
  queryFn: async () =>
    dataOrThrow(await api.GET('/api/v1/patients/{patientId}/coverages', { params: { path: { patientId } } })),
});

export const useCoverages = (patientId: string) => useQuery(coveragesQuery(patientId));

export const useVisitHistory = (patientId: string) =>
  useQuery({
    queryKey: patientKeys.visits(patientId),
    queryFn: async () =>
      dataOrThrow(await api.GET('/api/v1/patients/{patientId}/appointments', { params: { path: { patientId } } })),
  });

export const useFoundPatients = (criteria: PatientCriteria | undefined) =>
  useQuery({
    queryKey: patientKeys.search(criteria),
    enabled: criteria !== undefined,
    queryFn: async (): Promise<Patient[]> =>
      dataOrThrow(await api.POST('/api/v1/patients/search', { body: { ...criteria, limit: 20 } })).items,
  });

/** A search made before a registration may have found nobody; it must not be answered from the cache afterwards. */
export const forgetPatientSearches = (queryClient: QueryClient) =>
  queryClient.invalidateQueries({ queryKey: ['patient-search'] });

export const patientPath = (patient: Pick<Patient, 'id'>): string => `/patients/${patient.id}`;
