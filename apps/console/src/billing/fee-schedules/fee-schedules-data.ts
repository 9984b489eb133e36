import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Schemas } from '../../api/client';
import { saveAs } from '../../api/downloads';
import { dataOrThrow } from '../../api/problem';

export type FeeSchedule = Schemas['FeeSchedule'];
export type NewFeeSchedule = Schemas['ImportFeeScheduleDto'];

const SCHEDULES = ['billing', 'fee-schedules'] as const;

/** Every schedule of the clinic, oldest first as the API pages them: a clinic imports new prices a few times a year. */
export const useFeeSchedules = () =>
  useQuery({
    queryKey: SCHEDULES,
    queryFn: async () => {
      const schedules: FeeSchedule[] = [];
      let cursor: string | undefined;
      do {
        const page = dataOrThrow(
          await api.GET('/api/v1/billing/fee-schedules', {
            params: { query: { limit: 200, ...(cursor ? { cursor } : {}) } },
          }),
        );
        schedules.push(...page.items);
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      return schedules;
    },
  });

/** A file with any problem imports nothing, so sending it again after a fix is simply a new import. */
export const useImportFeeSchedule = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: NewFeeSchedule) => dataOrThrow(await api.POST('/api/v1/billing/fee-schedules', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: SCHEDULES }),
  });
};

export const downloadFeeSchedule = async ({ id, effectiveFrom }: FeeSchedule): Promise<void> =>
  saveAs(
    dataOrThrow(
      await api.GET('/api/v1/billing/fee-schedules/{id}/prices.csv', { params: { path: { id } }, parseAs: 'blob' }),
    ),
    `fee-schedule-${effectiveFrom}.csv`,
  );
