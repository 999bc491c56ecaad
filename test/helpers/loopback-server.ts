// A throwaway HTTP server on 127.0.0.1 with a route table, for tests that need real sockets.
import http, { type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type RouteHandler = (request: IncomingMessage, response: ServerResponse) => void;

export interface LoggedRequest {
  method: string;
  /** Path and query, as sent. */
  path: string;
  headers: IncomingHttpHeaders;
}

export interface LoopbackServer {
  /** `http://127.0.0.1:<port>`, without a trailing slash: append a route's path. */
  url: string;
  port: number;
  /** Every request received, in order, including ones no route matched. */
  requests: LoggedRequest[];
  /** Stops the server and cuts open connections, including ones a handler left hanging on purpose. */
  close(): Promise<void>;
}

/** Starts a server on an ephemeral port; routes are keyed by pathname, and unknown paths answer 404. */
export async function startLoopbackServer(routes: Record<string, RouteHandler>): Promise<LoopbackServer> {
  const requests: LoggedRequest[] = [];
  const server = http.createServer((request, response) => {
    const path = request.url ?? '/';
    requests.push({ method: request.method ?? 'GET', path, headers: request.headers });
    const handler = routes[new URL(path, 'http://loopback').pathname];
    if (handler) return handler(request, response);
    response.writeHead(404, { 'content-type': 'text/plain' }).end('no such route');
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
