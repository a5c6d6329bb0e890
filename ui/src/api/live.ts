import { useEffect, useRef } from 'react';
import { createClient, type Client } from 'graphql-ws';
import { print } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { bearerToken } from './graphql';

/** One WebSocket per signed-in token (graphql-transport-ws); the token goes in connection_init, as the API wants. */
let client: { token: string; client: Client } | null = null;

function liveClient(token: string): Client {
  if (client?.token !== token) {
    client?.client.dispose();
    const protocol = window.location.protocol === 'https:' ? 'wss:' : 'ws:';
    client = {
      token,
      client: createClient({
        url: `${protocol}//${window.location.host}/graphql`,
        connectionParams: { Authorization: `Bearer ${token}` },
        retryAttempts: Infinity,
        shouldRetry: () => true,
        lazy: true,
      }),
    };
  }
  return client.client;
}

export function closeLive(): void {
  client?.client.dispose();
  client = null;
}

/** Calls onData for every push of a subscription while the component is shown. */
export function useSubscription<TResult, TVariables extends Record<string, unknown>>(
  document: TypedDocumentNode<TResult, TVariables>,
  variables: TVariables,
  onData: (data: TResult) => void,
  enabled = true,
): void {
  const handler = useRef(onData);
  handler.current = onData;
  const key = JSON.stringify(variables);
  useEffect(() => {
    const token = bearerToken();
    if (!enabled || !token) {
      return undefined;
    }
    return liveClient(token).subscribe<TResult>(
      { query: print(document), variables: JSON.parse(key) as Record<string, unknown> },
      {
        next: (result) => {
          if (result.data) {
            handler.current(result.data);
          }
        },
        error: () => undefined,
        complete: () => undefined,
      },
    );
  }, [document, key, enabled]);
}
