// A local HTTP server on 127.0.0.1 for adapter tests: each test gives it a handler that answers like the real
// API (status, headers, JSON or raw bodies, hangs, dropped connections), and it records every request so tests
// can assert the exact calls. API-specific fakes (GitHub, Zendesk, Freshdesk) are built on this.

import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  /** Path and query, as sent. */
  url: string;
  path: string;
  query: URLSearchParams;
  headers: http.IncomingHttpHeaders;
  /** Parsed JSON body, or the raw text when it is not JSON, or null. */
  body: unknown;
}

export type FakeAnswer =
  | { status?: number; headers?: Record<string, string>; json: unknown }
  | { status?: number; headers?: Record<string, string>; text: string }
  /** Never answers (for timeouts). */
  | { hang: true }
  /** Destroys the socket without a response (a connection reset). */
  | { reset: true }
  /** Announces the whole body (content-length), sends its first `truncateAt` bytes, then drops the connection. */
  | { status?: number; headers?: Record<string, string>; text: string; truncateAt: number };

export type FakeHandler = (request: RecordedRequest, served: readonly RecordedRequest[]) => FakeAnswer | Promise<FakeAnswer>;

export interface FakeServer {
  /** `http://127.0.0.1:PORT` */
  url: string;
  requests: RecordedRequest[];
  /** Resolves when the client has closed the connection of a request answered `{ hang: true }` (the first such). */
  hangEnded: Promise<void>;
  setHandler(handler: FakeHandler): void;
  close(): Promise<void>;
}

export async function startFakeServer(handler: FakeHandler): Promise<FakeServer> {
  let current = handler;
  const requests: RecordedRequest[] = [];
  const sockets = new Set<import('node:net').Socket>();
  let endHang!: () => void;
  const hangEnded = new Promise<void>((resolve) => { endHang = resolve; });
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', async () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      let body: unknown = null;
      if (raw) {
        try { body = JSON.parse(raw); } catch { body = raw; }
      }
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const recorded: RecordedRequest = { method: req.method ?? 'GET', url: req.url ?? '/', path: url.pathname, query: url.searchParams, headers: req.headers, body };
      requests.push(recorded);
      let answer: FakeAnswer;
      try {
        answer = await current(recorded, requests);
      } catch (error) {
        answer = { status: 599, text: `fake handler threw: ${(error as Error).message}` };
      }
      if ('hang' in answer) { res.on('close', endHang); return; }
      if ('reset' in answer) { req.socket.destroy(); return; }
      const headers = { ...answer.headers };
      const payload = 'json' in answer ? JSON.stringify(answer.json) : answer.text;
      if ('json' in answer && !Object.keys(headers).some((h) => h.toLowerCase() === 'content-type')) headers['content-type'] = 'application/json; charset=utf-8';
      if ('truncateAt' in answer) {
        const bytes = Buffer.from(payload, 'utf8');
        res.writeHead(answer.status ?? 200, { ...headers, 'content-length': String(bytes.length) });
        res.write(bytes.subarray(0, answer.truncateAt), () => req.socket.destroy());
        return;
      }
      res.writeHead(answer.status ?? 200, headers);
      res.end(payload);
    });
  });
  server.on('connection', (socket) => { sockets.add(socket); socket.on('close', () => sockets.delete(socket)); });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    hangEnded,
    setHandler(next) { current = next; },
    close: () => new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy();
      server.close(() => resolve());
    }),
  };
}
