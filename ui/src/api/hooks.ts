import { useMutation, useQuery, useQueryClient, type QueryKey, type UseQueryOptions } from '@tanstack/react-query';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { request } from './graphql';

type Vars<TVariables> = TVariables extends Record<string, never> ? [] : [TVariables];

/** A query of the API, cached under key + variables (invalidate with the key's first part). */
export function useApiQuery<TResult, TVariables>(
  key: QueryKey,
  document: TypedDocumentNode<TResult, TVariables>,
  variables: TVariables,
  options: Omit<UseQueryOptions<TResult>, 'queryKey' | 'queryFn'> = {},
) {
  return useQuery<TResult>({
    queryKey: [...key, variables],
    queryFn: () => request(document, ...([variables] as Vars<TVariables>)),
    ...options,
  });
}

/** A mutation of the API; on success the queries under each of `invalidates` are read again. */
export function useApiMutation<TResult, TVariables>(
  document: TypedDocumentNode<TResult, TVariables>,
  { invalidates = [], onSuccess }: { invalidates?: QueryKey[]; onSuccess?: (result: TResult) => void } = {},
) {
  const queryClient = useQueryClient();
  return useMutation<TResult, Error, TVariables>({
    mutationFn: (variables) => request(document, ...([variables] as Vars<TVariables>)),
    onSuccess: async (result) => {
      await Promise.all(invalidates.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
      onSuccess?.(result);
    },
  });
}
