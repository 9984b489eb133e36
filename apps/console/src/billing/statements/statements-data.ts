import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Schemas } from '../../api/client';
import { saveAs } from '../../api/downloads';
import { dataOrThrow, ProblemError } from '../../api/problem';

export type StatementRun = Schemas['StatementRun'];
export type Statement = Schemas['PatientStatement'];
export type StatementSettings = Schemas['StatementSettings'];
export type StatementSettingsFields = Schemas['StatementSettingsDto'];

const BILLING = 'billing';
const RUNS = [BILLING, 'statement-runs'] as const;
const SETTINGS = [BILLING, 'statement-settings'] as const;
/** How often a running run is asked how far it has got. */
const PROGRESS_EVERY_MS = 1_000;

/** Every run of the clinic, oldest first as the API pages them: a clinic runs statements about monthly, so few. */
export const useStatementRuns = () =>
  useQuery({
    queryKey: RUNS,
    queryFn: async () => {
      const runs: StatementRun[] = [];
      let cursor: string | undefined;
      do {
        const page = dataOrThrow(
          await api.GET('/api/v1/billing/statement-runs', {
            params: { query: { limit: 200, ...(cursor ? { cursor } : {}) } },
          }),
        );
        runs.push(...page.items);
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      return runs;
    },
  });

/** A running run is followed until it completes; then its answer no longer changes. */
export const useStatementRun = (id: string | undefined) =>
  useQuery({
    queryKey: [...RUNS, id],
    enabled: id !== undefined,
    refetchInterval: (query) => (query.state.data?.status === 'running' ? PROGRESS_EVERY_MS : false),
    queryFn: async () =>
      dataOrThrow(await api.GET('/api/v1/billing/statement-runs/{id}', { params: { path: { id: id ?? '' } } })),
  });

export const useRunStatements = (id: string | undefined, issued: number | undefined) =>
  useQuery({
    queryKey: [...RUNS, id, 'statements', issued],
    enabled: id !== undefined,
    queryFn: async () =>
      dataOrThrow(
        await api.GET('/api/v1/billing/statement-runs/{id}/statements', {
          params: { path: { id: id ?? '' }, query: { limit: 200 } },
        }),
      ),
  });

export const useStartStatementRun = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (key: string) =>
      dataOrThrow(await api.POST('/api/v1/billing/statement-runs', { params: { header: { 'Idempotency-Key': key } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: RUNS }),
  });
};

export const downloadStatement = async (statement: Statement, patient: string): Promise<void> =>
  saveAs(
    dataOrThrow(
      await api.GET('/api/v1/billing/statements/{id}/pdf', {
        params: { path: { id: statement.id } },
        parseAs: 'blob',
      }),
    ),
    `statement-${patient.replace(/[^A-Za-z0-9]+/g, '-')}-${statement.statementDate}.pdf`,
  );

/** The clinic's statement settings, or null before anyone set them (the service answers 404). */
export const useStatementSettings = () =>
  useQuery({
    queryKey: SETTINGS,
    queryFn: async (): Promise<StatementSettings | null> => {
      try {
        return dataOrThrow(await api.GET('/api/v1/billing/statement-settings'));
      } catch (error) {
        if (error instanceof ProblemError && error.problem.status === 404) return null;
        throw error;
      }
    },
  });

export const useSetStatementSettings = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (fields: StatementSettingsFields) =>
      dataOrThrow(await api.PUT('/api/v1/billing/statement-settings', { body: fields })),
    onSuccess: (settings) => queryClient.setQueryData(SETTINGS, settings),
  });
};
