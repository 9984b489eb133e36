import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Schemas } from '../api/client';
import { dataOrThrow } from '../api/problem';

export type Requirement = Schemas['Requirement'];
export type RequirementChanges = Schemas['CreateRequirementDto'];
export type StandingRow = Schemas['StandingRow'];
export type Completion = Schemas['Completion'];
export type CompletionSubmission = Schemas['SubmitCompletionDto'];
export type ExpiringWithin = 30 | 60 | 90;

/** Every training read starts with this key, so a change anywhere refreshes every training screen. */
const TRAINING = 'training';
const PAGE = { limit: 100 };

export const useRequirements = () =>
  useQuery({
    queryKey: [TRAINING, 'requirements'],
    queryFn: async () => dataOrThrow(await api.GET('/api/v1/training/requirements', { params: { query: PAGE } })),
  });

export const useStanding = (userId: string | undefined) =>
  useQuery({
    queryKey: [TRAINING, 'standing', userId],
    enabled: userId !== undefined,
    queryFn: async () =>
      dataOrThrow(
        await api.GET('/api/v1/training/staff/{userId}/standing', { params: { path: { userId: userId ?? '' } } }),
      ),
  });

/** A person's own submissions, newest last, as the API pages them. */
export const useCompletionsOf = (userId: string | undefined) =>
  useQuery({
    queryKey: [TRAINING, 'completions', userId],
    enabled: userId !== undefined,
    queryFn: async () =>
      dataOrThrow(
        await api.GET('/api/v1/training/completions', { params: { query: { ...PAGE, userId: userId ?? '' } } }),
      ),
  });

export const useComplianceSummary = () =>
  useQuery({
    queryKey: [TRAINING, 'summary'],
    queryFn: async () => dataOrThrow(await api.GET('/api/v1/training/compliance/summary')),
  });

export const useOverdue = () =>
  useQuery({
    queryKey: [TRAINING, 'overdue'],
    queryFn: async () => dataOrThrow(await api.GET('/api/v1/training/compliance/overdue', { params: { query: PAGE } })),
  });

export const useExpiring = (withinDays: ExpiringWithin) =>
  useQuery({
    queryKey: [TRAINING, 'expiring', withinDays],
    queryFn: async () =>
      dataOrThrow(
        await api.GET('/api/v1/training/compliance/expiring', { params: { query: { ...PAGE, withinDays } } }),
      ),
  });

export const usePendingCompletions = () =>
  useQuery({
    queryKey: [TRAINING, 'pending'],
    queryFn: async () =>
      dataOrThrow(await api.GET('/api/v1/training/completions', { params: { query: { ...PAGE, review: 'pending' } } })),
  });

export const useMatrix = () =>
  useQuery({
    queryKey: [TRAINING, 'matrix'],
    queryFn: async () => dataOrThrow(await api.GET('/api/v1/training/compliance/matrix')),
  });

const useTrainingChange = <Input, Output>(send: (input: Input) => Promise<Output>) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [TRAINING] }),
  });
};

export const useSubmitCompletion = () =>
  useTrainingChange(async (body: CompletionSubmission) =>
    dataOrThrow(await api.POST('/api/v1/training/completions', { body })),
  );

export const useVerifyCompletion = () =>
  useTrainingChange(async (id: string) =>
    dataOrThrow(await api.POST('/api/v1/training/completions/{id}/verification', { params: { path: { id } } })),
  );

export const useRejectCompletion = () =>
  useTrainingChange(async ({ id, reason }: { id: string; reason: string }) =>
    dataOrThrow(
      await api.POST('/api/v1/training/completions/{id}/rejection', { params: { path: { id } }, body: { reason } }),
    ),
  );

export const useSaveRequirement = () =>
  useTrainingChange(async ({ id, changes }: { id?: string; changes: RequirementChanges }) => {
    if (!id) return dataOrThrow(await api.POST('/api/v1/training/requirements', { body: changes }));
    const { kind: _kind, topic: _topic, ...editable } = changes;
    return dataOrThrow(
      await api.PATCH('/api/v1/training/requirements/{id}', { params: { path: { id } }, body: editable }),
    );
  });
