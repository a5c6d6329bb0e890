import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';

/** One GraphQL error as the API words it: data.all's message, its code, and the input field it concerns. */
export interface ApiError {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; field?: string; [key: string]: unknown };
}

/** A call the API answered with errors (or could not answer): the errors are shown where they belong. */
export class ApiRequestError extends Error {
  constructor(readonly errors: ApiError[], readonly status?: number) {
    super(errors.map((error) => error.message).join('\n'));
    this.name = 'ApiRequestError';
  }
}

let currentToken: () => string | null = () => null;
let onSignedOut: () => void = () => undefined;

/** The session hands the API its token and learns when the API no longer accepts it. */
export function connectSession(token: () => string | null, signedOut: () => void): void {
  currentToken = token;
  onSignedOut = signedOut;
}

export function bearerToken(): string | null {
  return currentToken();
}

export async function request<TResult, TVariables>(
  document: TypedDocumentNode<TResult, TVariables>,
  ...[variables]: TVariables extends Record<string, never> ? [] : [TVariables]
): Promise<TResult> {
  const token = currentToken();
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query: print(document), variables: variables ?? {} }),
  });
  if (response.status === 401) {
    onSignedOut();
    throw new ApiRequestError([{ message: 'Your session has ended: sign in again' }], 401);
  }
  const body = (await response.json().catch(() => null)) as { data?: TResult; errors?: ApiError[] } | null;
  if (!body) {
    throw new ApiRequestError([{ message: `The API answered HTTP ${response.status}` }], response.status);
  }
  if (body.errors?.length) {
    throw new ApiRequestError(body.errors, response.status);
  }
  return body.data as TResult;
}
